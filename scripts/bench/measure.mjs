// How the benchmark measures one run of a command, and the small statistics it prints.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputs, runnerFiles } from '../lib/harness.mjs';

const GNU_TIME = '/usr/bin/time';
const PERF = ['/usr/bin/perf', '/usr/local/bin/perf'].find((p) => existsSync(p));

/** Whether `perf stat` can count here (it may be installed and still refused by the kernel). */
export const havePerf = (() => {
  if (!PERF) return false;
  try {
    execFileSync(PERF, ['stat', '-x,', '-e', 'task-clock', '--', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export function requireGnuTime() {
  if (!existsSync(GNU_TIME))
    throw new Error('GNU time is needed for peak RSS: apt-get install time');
}

/** A new temporary directory; `remove()` deletes it. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs one command as the runner runs a step: a fresh working directory with the runner's files
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, GITHUB_STATE, GITHUB_ENV) and
 * RUNNER_TEMP, which is that fresh directory unless `runnerTemp` names one that lives on (a warm
 * compile cache), the event payload `event` (by default a push's, see below), and only the
 * environment given plus PATH.
 *
 * Resolves `{ ms, cpuMs, rssMb, outputs, state }`. `ms` is the command's own wall time, from its
 * start to its exit, as `perf stat` counts it (duration_time), so perf's own start-up is not in it;
 * `cpuMs` is the CPU time of the command and every thread and process it started (task-clock);
 * both are NaN without perf, and `ms` is then measured around the whole spawn. `rssMb` is the peak
 * resident set size, from GNU time. Rejects when the command exits with an error.
 */
export function measure(command, args, env = {}, { runnerTemp, event: payload } = {}) {
  const { dir, remove } = tempDir('ita-bench-');
  // Unless `event` gives another payload, a push's, which carries its head commit, whose subject
  // the default message quotes: the common case, which asks GitHub for nothing.
  const event =
    payload ??
    (env.GITHUB_SHA
      ? { head_commit: { id: env.GITHUB_SHA, message: 'Fix checkout retry storm (#482)' } }
      : {});
  const files = runnerFiles(dir, { runnerTemp: runnerTemp ?? dir, event });
  const timeFile = join(dir, 'time.txt');
  const perfFile = join(dir, 'perf.txt');
  const timed = [GNU_TIME, '-o', timeFile, '-f', '%M', command, ...args];
  const argv = havePerf
    ? [PERF, 'stat', '-x,', '-e', 'task-clock,duration_time', '-o', perfFile, '--', ...timed]
    : timed;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(argv[0], argv.slice(1), {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: dir, ...files, ...env },
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.once('close', (code) => {
      const outerMs = performance.now() - started;
      try {
        const rssKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        const counters = havePerf ? perfCounters(readFileSync(perfFile, 'utf8')) : {};
        const result = {
          ms: havePerf ? counters.duration_time / 1e6 : outerMs,
          cpuMs: havePerf ? counters['task-clock'] : Number.NaN,
          rssMb: rssKb / 1024,
          outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
          state: parseOutputs(readFileSync(files.GITHUB_STATE, 'utf8')),
          log: out,
        };
        if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${out}`));
        else resolve(result);
      } catch (error) {
        reject(error);
      } finally {
        remove();
      }
    });
  });
}

/** `perf stat -x,` lines: value,unit,event,… */
function perfCounters(text) {
  const counters = {};
  for (const line of text.split('\n')) {
    const [value, , event] = line.split(',');
    if (event) counters[event] = Number(value);
  }
  return counters;
}

export function stats(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((x, y) => x - y);
  if (sorted.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The q-quantile (0 to 1) of the values, nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Prints rows as a table: the first column left-aligned, the others right-aligned. */
export function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) =>
          i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]),
        )
        .join('  '),
    );
}

export const fixed = (value, digits = 1) => (Number.isNaN(value) ? 'n/a' : value.toFixed(digits));
