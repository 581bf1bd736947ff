import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { StateSnapshot } from './types.js';

export function readStateFile(path: string): StateSnapshot | undefined {
  if (!existsSync(path)) return undefined;
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as StateSnapshot;
  if (snapshot.version !== 1)
    throw new Error(`${path}: unsupported state file version ${String(snapshot.version)}`);
  return snapshot;
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
