import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { rename, writeFile } from 'node:fs/promises';
import { checkSnapshot, SnapshotError } from './snapshot-check.js';
import type { StateSnapshot } from './types.js';

/**
 * The state a `--state` file holds, or undefined when there is no file yet. A file that cannot be
 * read, is not JSON, or is not a snapshot of this format is an error naming the file and what is
 * wrong; nothing of it is loaded.
 */
export function readStateFile(path: string): StateSnapshot | undefined {
  if (!existsSync(path)) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: the state file cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: the state file is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    return checkSnapshot(document);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    throw new Error(`${path}: not a state file this emulator can load: ${error.message}`, {
      cause: error,
    });
  }
}

/**
 * Removes the temporary files (`<state file>.<pid>.tmp`) that writers killed mid-write left
 * behind (kill -9, a crash), except those of a process still running. Returns the names removed.
 */
export function removeStaleTemporaryFiles(path: string): string[] {
  const directory = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)\.tmp$/.exec(name.slice(prefix.length))?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    rmSync(join(directory, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes the state file atomically (temporary file, then rename) so a crash never leaves half a
 * file. Saves requested while a write runs are merged into one follow-up write: a burst of requests
 * costs two writes, and every caller's change is on disk when its promise resolves.
 */
export class StatePersister {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  constructor(
    private readonly path: string,
    private readonly snapshot: () => StateSnapshot,
  ) {}

  save(): Promise<void> {
    if (this.queued) return this.queued;
    const previous = this.running ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        this.running = next;
        return this.write();
      })
      .finally(() => {
        if (this.running === next) this.running = undefined;
      });
    this.queued = next;
    return next;
  }

  private async write(): Promise<void> {
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(this.snapshot()));
    await rename(temporary, this.path);
  }
}
