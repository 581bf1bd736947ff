/** How exec maps the command's end to the job's outcome and to its own exit status. */
import { constants } from 'node:os';
import { describe, expect, it } from 'vitest';
import { exitStatusOf, jobStatusOf, type Ended } from '../../src/command/exec.js';

const ended = (fields: Partial<Ended>): Ended => ({
  code: null,
  signal: null,
  interrupted: null,
  spawnError: '',
  ...fields,
});

describe('exec', () => {
  it.each([
    [ended({ code: 0 }), 'success', 0],
    [ended({ code: 3 }), 'failure', 3],
    [
      ended({ signal: 'SIGINT', interrupted: 'SIGINT' }),
      'cancelled',
      128 + constants.signals.SIGINT,
    ],
    [ended({ signal: 'SIGTERM' }), 'cancelled', 128 + constants.signals.SIGTERM],
    // A command that handled the forwarded signal and exited with its own status was interrupted.
    [ended({ code: 130, interrupted: 'SIGINT' }), 'cancelled', 130],
    // One that handled it and finished its work succeeded.
    [ended({ code: 0, interrupted: 'SIGTERM' }), 'success', 0],
    [ended({ spawnError: 'nope: spawn nope ENOENT' }), 'failure', 127],
  ] as const)('%j is the job status %s and exit status %d', (end, job, status) => {
    expect(jobStatusOf(end)).toBe(job);
    expect(exitStatusOf(end)).toBe(status);
  });
});
