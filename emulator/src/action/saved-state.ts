/** The names under which the main step saves, for the post step, what it needs to stop the emulator. */
export const STATE = {
  pid: 'emulator-pid',
  url: 'emulator-url',
  /** The emulator's standard error: one line per request. */
  log: 'emulator-log',
  /** The bundle that was started, to tell that the pid is still the emulator's. */
  emulator: 'emulator-path',
  /** The variables the main step set for the job, with their values before it (job-environment.ts). */
  restore: 'emulator-restore',
} as const;
