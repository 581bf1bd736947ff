/**
 * Stands in for `@actions/exec` inside the bundle: scripts/package.mjs maps every import of
 * `@actions/exec` to this file, and `@actions/core` is the module that makes one. It imports it at
 * load time only for `platform.getDetails()`, which the action never calls, and the real module
 * brings `@actions/io` and Node's `child_process`, `assert` and `fs/promises`. This stand-in loads
 * the real module, as a chunk of its own, on the first call. It serves `exec` and `getExecOutput`
 * only: a new importer that needs more must get the real module (see scripts/package.mjs).
 */
import type * as Exec from '@actions/exec';

// A real module specifier that the bundler maps to the real file (see scripts/package.mjs).
const load = (): Promise<typeof Exec> => import(/* webpackChunkName: "exec" */ 'actions-exec-real');

export const exec: typeof Exec.exec = async (...args) => (await load()).exec(...args);

export const getExecOutput: typeof Exec.getExecOutput = async (...args) =>
  (await load()).getExecOutput(...args);
