/**
 * Node's module compile cache (Node 22.1 and later) for the code a step loads after this call: V8
 * writes the code it compiled to disk, and a later step of the same job that loads the same files
 * reads it instead of compiling them again. It lives in RUNNER_TEMP, which the runner empties at
 * the start and at the end of every job, so it never outlives the job; without RUNNER_TEMP (a run
 * outside Actions) nothing is cached. Anything that goes wrong (an older Node, a directory that
 * cannot be written) costs the cache and nothing else.
 */
import module from 'node:module';
import { join } from 'node:path';
import type { Env } from '../runtime/env.js';

/** `module.enableCompileCache`, which @types/node 20 does not declare. */
type WithCompileCache = typeof module & { enableCompileCache?: (directory: string) => unknown };

export function enableCompileCache(env: Env = process.env) {
  const enable = (module as WithCompileCache).enableCompileCache;
  if (!env.RUNNER_TEMP || typeof enable !== 'function') return;
  try {
    enable(join(env.RUNNER_TEMP, 'incident-timeline-action', 'compile-cache'));
  } catch {
    // No cache, then.
  }
}
