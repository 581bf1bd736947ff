/**
 * The post step of emulator/action.yml (`post-if: always()`): the requests the emulator received
 * go to the job summary and its log to the step's log, then it is stopped with SIGTERM, on which
 * it writes its state file and exits. Nothing here fails the job: a problem is a warning. Without
 * a saved pid (the main step failed before starting it) the step says nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { requestSummary, type RequestLogAnswer } from './request-summary.js';
import { restoredVariables, type SetVariables } from './job-environment.js';
import { STATE } from './saved-state.js';
import {
  appendSummary,
  exportVariable,
  info,
  printVerbatim,
  savedState,
  warning,
} from './runner.js';

const REQUEST_TIMEOUT_MS = 5_000;
const STOP_TIMEOUT_MS = 5_000;
/** The end of the emulator's log that is printed: one line per request. */
const LOG_LINES = 200;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function requestLog(url: string): Promise<RequestLogAnswer> {
  // The control API answers loopback hosts, which the URL the emulator printed names.
  const response = await fetch(`${url}/_emulator/requests`, {
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`answered ${response.status}`);
  const answer = (await response.json()) as RequestLogAnswer;
  if (!Array.isArray(answer?.requests)) throw new Error('answered without a list of requests');
  return answer;
}

/**
 * Whether `pid` still runs the emulator. Where /proc tells (Linux), a process that has exited but
 * was not reaped (a zombie) counts as gone, and a pid reused by another program is not signalled.
 */
function emulatorRuns(pid: number, emulator: string): boolean {
  const proc = `/proc/${pid}`;
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`${proc}/stat`, 'utf8');
      // `pid (command) state …`: the command may hold any character, so read after its last `)`.
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
      return readFileSync(`${proc}/cmdline`, 'utf8').split('\0').includes(emulator);
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopEmulator(pid: number, emulator: string): Promise<void> {
  if (!emulatorRuns(pid, emulator)) {
    warning(`The emulator (pid ${pid}) had already stopped`);
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!emulatorRuns(pid, emulator)) {
      info(`Stopped the emulator (pid ${pid}).`);
      return;
    }
    await sleep(50);
  }
  process.kill(pid, 'SIGKILL');
  warning(
    `The emulator (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM and was killed; its state file may miss the last writes`,
  );
}

/** The job's variables as they were before the main step, for the post steps that come after. */
function restoreVariables(): void {
  const saved = savedState(STATE.restore);
  if (!saved) return;
  const restored = restoredVariables(JSON.parse(saved) as SetVariables);
  for (const [name, value] of Object.entries(restored)) exportVariable(name, value);
  const names = Object.keys(restored);
  if (names.length > 0) info(`Restored for the rest of the job: ${names.join(', ')}.`);
}

async function run(): Promise<void> {
  const pidText = savedState(STATE.pid);
  if (!pidText) return;
  try {
    restoreVariables();
  } catch (e) {
    warning(`Could not restore the job's AWS variables: ${message(e)}`);
  }
  const pid = Number(pidText);
  const url = savedState(STATE.url);
  const log = savedState(STATE.log);
  const emulator = savedState(STATE.emulator);
  try {
    appendSummary(requestSummary(url, await requestLog(url)));
  } catch (e) {
    warning(`Could not read the emulator's request log at ${url}: ${message(e)}`);
  }
  try {
    await stopEmulator(pid, emulator);
  } catch (e) {
    warning(`Could not stop the emulator (pid ${pid}): ${message(e)}`);
  }
  try {
    if (log && existsSync(log)) {
      const lines = readFileSync(log, 'utf8').split('\n');
      const shown = lines.slice(-LOG_LINES - 1).join('\n');
      const cut = lines.length > LOG_LINES + 1 ? `, its last ${LOG_LINES} lines` : '';
      printVerbatim(`The emulator's log${cut} (${log})`, shown);
    }
  } catch (e) {
    warning(`Could not read the emulator's log ${log}: ${message(e)}`);
  }
}

run().catch((e: unknown) => warning(`The emulator's post step: ${message(e)}`));
