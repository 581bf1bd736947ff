/**
 * Starts the emulator in the background for the rest of the job. The runner ends a step when its
 * process has exited and every pipe it gave the step is closed, so the emulator holds none of
 * them: it runs detached (a process group of its own, not tied to the step's process), its
 * standard output and error go to files, and the step polls the first file for the URL line.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LaunchedEmulator {
  url: string;
  pid: number;
  /** The emulator's standard output: the URL line, then nothing. */
  stdoutPath: string;
  /** The emulator's log: one line per request, and why it stopped. */
  logPath: string;
}

export class EmulatorStartError extends Error {
  override name = 'EmulatorStartError';
  constructor(
    message: string,
    /** What the emulator wrote to standard error, to show with the message. */
    readonly log: string,
  ) {
    super(message);
  }
}

const POLL_MS = 50;

export async function launchEmulator({
  emulator,
  args,
  dir,
  timeoutMs,
}: {
  /** The bundled emulator, emulator/dist/index.js. */
  emulator: string;
  args: string[];
  /** A directory of this step's own in RUNNER_TEMP, for the output and log files. */
  dir: string;
  timeoutMs: number;
}): Promise<LaunchedEmulator> {
  const stdoutPath = join(dir, 'stdout.txt');
  const logPath = join(dir, 'emulator.log');
  const stdout = openSync(stdoutPath, 'w');
  const log = openSync(logPath, 'w');
  let exit: string | undefined;
  let child;
  try {
    child = spawn(process.execPath, [emulator, ...args], {
      detached: true,
      stdio: ['ignore', stdout, log],
      windowsHide: true,
    });
  } finally {
    // The child has its own copies; this process keeps none open.
    closeSync(stdout);
    closeSync(log);
  }
  child.once('error', (error) => (exit = `could not be started: ${error.message}`));
  child.once('exit', (code, signal) => (exit = `exited (${signal ?? `code ${code}`})`));
  child.unref();

  const readLog = () => (existsSync(logPath) ? readFileSync(logPath, 'utf8') : '');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const printed = readFileSync(stdoutPath, 'utf8');
    const end = printed.indexOf('\n');
    if (end >= 0) {
      const url = printed.slice(0, end).trim();
      if (/^https?:\/\/\S+$/.test(url) && child.pid !== undefined)
        return { url, pid: child.pid, stdoutPath, logPath };
      stop(child.pid);
      throw new EmulatorStartError(
        `The emulator printed ${JSON.stringify(url.slice(0, 200))} instead of its URL`,
        readLog(),
      );
    }
    if (exit !== undefined)
      throw new EmulatorStartError(`The emulator ${exit} before it printed its URL`, readLog());
    if (Date.now() >= deadline) {
      stop(child.pid);
      throw new EmulatorStartError(
        `The emulator did not print its URL within ${timeoutMs / 1000} s; it was stopped`,
        readLog(),
      );
    }
    await sleep(POLL_MS);
  }
}

function stop(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
