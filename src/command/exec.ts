import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** The signals the command forwards to the command it runs, as a runner or a terminal sends them. */
export const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/** How the command it ran ended. */
export interface Ended {
  /** Its exit status, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** A signal was forwarded to it while it ran. */
  interrupted: NodeJS.Signals | null;
  /** Why it could not be started (not found, not executable), else ''. */
  spawnError: string;
}

/** The job's outcome, as the job-end stage reads `job-status`. */
export function jobStatusOf(ended: Ended): 'success' | 'failure' | 'cancelled' {
  if (ended.signal) return 'cancelled';
  // A command that handles the forwarded signal and exits with an error was interrupted too.
  if (ended.interrupted && ended.code !== 0) return 'cancelled';
  return ended.code === 0 ? 'success' : 'failure';
}

/** The exit status that passes the command's own on: its status, or 128 + the signal's number. */
export function exitStatusOf(ended: Ended): number {
  if (ended.signal) return 128 + (constants.signals[ended.signal] ?? 0);
  if (ended.spawnError) return 127;
  return ended.code ?? 1;
}

/**
 * Runs `command` with the terminal's standard input, output and error, forwarding SIGINT and
 * SIGTERM to it while it runs, and resolves when it ends.
 */
export function runCommand(command: readonly string[], env: NodeJS.ProcessEnv): Promise<Ended> {
  const [file = '', ...args] = command;
  return new Promise((resolve) => {
    let interrupted: NodeJS.Signals | null = null;
    const child = spawn(file, args, { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => {
      interrupted ??= signal;
      child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const done = (ended: Omit<Ended, 'interrupted'>) => {
      for (const signal of FORWARDED) process.off(signal, forward);
      resolve({ ...ended, interrupted });
    };
    child.once('error', (error) =>
      done({ code: null, signal: null, spawnError: `${file}: ${error.message}` }),
    );
    child.once('exit', (code, signal) => done({ code, signal, spawnError: '' }));
  });
}
