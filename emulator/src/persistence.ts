import { existsSync, readFileSync } from 'node:fs';
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
