// Runs the committed bundles as GitHub's runner and a user would: the emulator from
// emulator/dist/index.js, the action from dist/index.js with INPUT_* variables and the runner's
// files. Plain JavaScript with no dependencies, so `npm start` works on a fresh clone; the demo,
// the end-to-end tests and the benchmark share it.
import { spawn, execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ACTION = join(ROOT, 'dist', 'index.js');
/** The job-end step (`runs.post`). */
export const POST = join(ROOT, 'dist', 'post', 'index.js');
export const EMULATOR = join(ROOT, 'emulator', 'dist', 'index.js');

/** Fake credentials: the emulator only checks the signature when started with a key pair. */
export const TEST_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'AKIAEMULATOREXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'emulator/secret/KEY/EXAMPLE',
};

/**
 * The workflow facts of a typical push to main. GitHub's API is a closed port here (a refused
 * connection, at once), unless a test serves one: the emulator's stand-in at `<url>/_github`.
 */
export const GITHUB_ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'http://127.0.0.1:1',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: '1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b4c5',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_ACTOR: 'octocat',
  GITHUB_WORKFLOW: 'Deploy',
  GITHUB_JOB: 'deploy',
  GITHUB_ACTION: 'marker',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_EVENT_NAME: 'push',
};

/** `openssl version`, or undefined when the openssl CLI is not installed. */
export function opensslVersion() {
  try {
    return execFileSync('openssl', ['version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/**
 * A self-signed certificate for 127.0.0.1 and localhost (subjectAltName IP:127.0.0.1,
 * DNS:localhost), valid for two days, made with the openssl CLI in a new temporary directory:
 * `{ dir, cert, key, remove() }`, `cert` and `key` being PEM file paths. The certificate is its own
 * CA: trust it with `NODE_EXTRA_CA_CERTS=<cert>` (or an agent's `ca`).
 */
export function createSelfSignedCertificate() {
  if (!opensslVersion())
    throw new Error(
      'openssl is not installed; install it (apt-get install openssl) to make a certificate',
    );
  const dir = mkdtempSync(join(tmpdir(), 'ita-tls-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  // prettier-ignore
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-keyout', key, '-out', cert,
    '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { dir, cert, key, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One JSON call over HTTPS that trusts `ca` (fetch cannot be given a CA without undici's Agent). */
function httpsJson(url, { method, headers, body, ca }) {
  return new Promise((resolveCall, reject) => {
    const request = httpsRequest(url, { method, headers, ca }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () =>
        resolveCall({ ok: response.statusCode < 300, status: response.statusCode, text }),
      );
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Starts the bundled emulator on a free loopback port and resolves when it prints its URL.
 * `stop()` sends SIGTERM and waits for the exit. With `tls: { cert, key }` (PEM file paths, such
 * as `createSelfSignedCertificate()` makes) it serves HTTPS and its URL is `https://…`; the
 * control calls here trust `cert`.
 */
export async function startEmulator({ args = [], node = process.execPath, seed, tls } = {}) {
  const extra = [...args];
  if (tls) extra.push('--tls-cert', tls.cert, '--tls-key', tls.key);
  const ca = tls ? readFileSync(tls.cert) : undefined;
  let seedDir;
  if (seed) {
    seedDir = mkdtempSync(join(tmpdir(), 'ita-seed-'));
    const file = join(seedDir, 'seed.json');
    writeFileSync(file, JSON.stringify(seed));
    extra.push('--seed', file);
  }
  const child = spawn(node, [EMULATOR, '--port', '0', '--quiet', ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(
      () => reject(new Error(`emulator did not start in 15 s: ${stderr}`)),
      15_000,
    );
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolveUrl(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code}: ${stderr}`));
    });
  });
  const exited = new Promise((r) => child.once('exit', r));
  const control = async (method, path, body) => {
    const call = {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    };
    const response = ca
      ? await httpsJson(`${url}/_emulator/${path}`, { ...call, ca })
      : await fetch(`${url}/_emulator/${path}`, call).then(async (answer) => ({
          ok: answer.ok,
          status: answer.status,
          text: await answer.text(),
        }));
    if (!response.ok)
      throw new Error(`emulator control ${method} ${path}: ${response.status} ${response.text}`);
    return response.text ? JSON.parse(response.text) : {};
  };
  return {
    url,
    child,
    stderr: () => stderr,
    control,
    requests: async (operation) =>
      (
        await control(
          'GET',
          `requests${operation ? `?operation=${encodeURIComponent(operation)}` : ''}`,
        )
      ).requests,
    state: () => control('GET', 'state'),
    seed: (document) => control('POST', 'seed', document),
    fault: (fault) => control('POST', 'faults', fault),
    reset: () => control('POST', 'reset'),
    setGitHubCommits: (document) => control('POST', 'github/commits', document),
    settings: (changes) =>
      changes === undefined ? control('GET', 'settings') : control('POST', 'settings', changes),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      if (seedDir) rmSync(seedDir, { recursive: true, force: true });
    },
  };
}

/**
 * action.yml's inputs and their defaults, read line by line: the harness has no dependencies, so
 * that `npm start` works before any install, and action.yml keeps to one form (each input a
 * two-space key, its `default:` a four-space key on one line). A test holds this reading equal to
 * a YAML parser's.
 */
export function actionInputDefaults(file = join(ROOT, 'action.yml')) {
  const defaults = {};
  let inInputs = false;
  let current;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) {
      inInputs = line.startsWith('inputs:');
      current = undefined;
      continue;
    }
    if (!inInputs) continue;
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (name) {
      current = name[1];
      defaults[current] = '';
      continue;
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current) defaults[current] = unquote(value[1].trim());
  }
  return defaults;
}

function unquote(text) {
  if (/^'.*'$/.test(text)) return text.slice(1, -1).replace(/''/g, "'");
  if (/^".*"$/.test(text)) return JSON.parse(text);
  return text;
}

/**
 * The contexts an input default may use (actions/runner, action_yaml.json,
 * `input-default-context`: github, strategy, matrix, job, runner), as a runner gives them to one
 * step of a job that is not a matrix: a check run ID, job index 0 and the job's status so far.
 */
export const RUNNER_CONTEXTS = {
  github: { token: 'ghs_JobTokenOfTheRunner0000000000000000' },
  job: { status: 'success', check_run_id: 31415926535 },
  strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1 },
  matrix: null,
  runner: { name: 'GitHub Actions 2', os: 'Linux', arch: 'X64' },
};

/** Each context of `base`, with the properties `extra` gives for it (null removes a context). */
export function mergeContexts(base, extra = {}) {
  const merged = { ...base };
  for (const [name, value] of Object.entries(extra)) {
    merged[name] =
      value && typeof value === 'object' && merged[name] && typeof merged[name] === 'object'
        ? { ...merged[name], ...value }
        : value;
  }
  return merged;
}

function truthy(value) {
  return !(
    value === null ||
    value === undefined ||
    value === false ||
    value === 0 ||
    value === '' ||
    Number.isNaN(value)
  );
}

function operand(text, contexts) {
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^'.*'$/.test(text)) return text.slice(1, -1).replace(/''/g, "'");
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(text)) {
    throw new Error(`the harness cannot evaluate '${text}' in an input default`);
  }
  const [head, ...path] = text.split('.');
  if (!Object.hasOwn(RUNNER_CONTEXTS, head)) {
    throw new Error(`'${head}' is not a context an input default may use`);
  }
  let value = contexts[head];
  for (const key of path) {
    value = value && typeof value === 'object' && Object.hasOwn(value, key) ? value[key] : null;
  }
  return value ?? null;
}

function asText(value) {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Evaluates an input default as the runner does for each stage of an action: each `${{ … }}` is
 * replaced by its value as text. The subset action.yml uses: context properties, literals and
 * `||` (the first truthy operand, else the last).
 */
export function evaluateInputDefault(text, contexts = RUNNER_CONTEXTS) {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expression) => {
    const operands = expression.split('||').map((part) => operand(part.trim(), contexts));
    return asText(operands.find(truthy) ?? operands[operands.length - 1]);
  });
}

/**
 * The inputs a step gets, as the runner builds them: those the workflow sets, then every other
 * input of action.yml with its default evaluated in `contexts`. An input action.yml does not
 * declare (a mistyped name) is passed on too; the runner only warns about it.
 */
export function stepInputs(given, contexts = RUNNER_CONTEXTS, actionFile = undefined) {
  const inputs = { ...given };
  for (const [name, value] of Object.entries(actionInputDefaults(actionFile))) {
    if (!Object.hasOwn(inputs, name)) inputs[name] = evaluateInputDefault(value, contexts);
  }
  return inputs;
}

const ANNOTATIONS = new Map([
  ['error', 'Error'],
  ['warning', 'Warning'],
  ['notice', 'Notice'],
]);

/** A workflow command's data or property value, unescaped as the runner unescapes it. */
function unescapeCommand(text) {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

/**
 * A step's output as the runner's log viewer shows it, for people (`npm start`): masks applied,
 * debug lines hidden, groups folded out and indented, annotations as `Warning: …`, and no raw
 * `::command::` line.
 */
export function runnerLog(stdout) {
  const masks = [];
  const shown = [];
  let indent = '';
  for (const line of stdout.split('\n')) {
    const command = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!command) {
      shown.push(indent + line);
      continue;
    }
    const [, name, properties = '', data] = command;
    const value = unescapeCommand(data);
    if (name === 'add-mask') {
      if (value) masks.push(value);
    } else if (name === 'group') {
      shown.push(`▼ ${value}`);
      indent = '  ';
    } else if (name === 'endgroup') {
      indent = '';
    } else if (ANNOTATIONS.has(name)) {
      const title = /title=([^,]*)/.exec(properties.trim())?.[1];
      const label = ANNOTATIONS.get(name);
      const lines = value.split('\n');
      shown.push(`${indent}${label}: ${title ? `${unescapeCommand(title)}: ` : ''}${lines[0]}`);
      for (const rest of lines.slice(1)) shown.push(`${indent}  ${rest}`);
    }
    // debug and the other commands are not shown.
  }
  const masked = shown.join('\n');
  return masks.reduce((text, secret) => text.split(secret).join('***'), masked);
}

/** Reads a GITHUB_OUTPUT file: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputs(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/** `INPUT_<NAME>` as the runner sets it: upper case, spaces to underscores, hyphens kept. */
export function inputEnv(inputs) {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      String(value),
    ]),
  );
}

/**
 * The files the runner gives a step, made empty in `dir` (the event payload written), as the
 * environment variables that name them. RUNNER_TEMP is `dir` unless `runnerTemp` names another.
 */
export function runnerFiles(dir, { event = {}, runnerTemp = dir } = {}) {
  const files = {
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_STATE: join(dir, 'state.txt'),
    GITHUB_ENV: join(dir, 'env.txt'),
    RUNNER_TEMP: runnerTemp,
  };
  for (const file of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV'])
    writeFileSync(files[file], '');
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event));
  return files;
}

/**
 * Runs dist/index.js as the runner does: a fresh process with INPUT_* variables (the inputs given,
 * and action.yml's defaults evaluated with the runner's `contexts` for this stage), GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files, and only the environment given (plus PATH).
 * `entry: POST` with the `state` a main step saved runs the job-end step as the runner does: the
 * same inputs evaluated again, and each saved value as `STATE_<name>`. `onStart(child)` is called
 * once the process runs (to signal it, as the runner does when a job is cancelled). Another
 * action of the repository runs with `actionFile` (its action.yml, for the input defaults) and
 * `entry` (its main or post script). `env` of the result is what the step wrote to GITHUB_ENV.
 */
export async function runAction({
  inputs = {},
  env = {},
  event = {},
  node = process.execPath,
  workDir,
  entry = ACTION,
  state = {},
  contexts = {},
  onStart,
  actionFile,
} = {}) {
  const dir = workDir ?? mkdtempSync(join(tmpdir(), 'ita-run-'));
  const files = runnerFiles(dir, { event });
  const started = performance.now();
  const stateEnv = Object.fromEntries(
    Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]),
  );
  const child = spawn(node, [entry], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      ...files,
      ...env,
      ...stateEnv,
      // Inputs given as INPUT_* variables in `env` (as the benchmark builds them) stay as given.
      ...Object.fromEntries(
        Object.entries(
          inputEnv(stepInputs(inputs, mergeContexts(RUNNER_CONTEXTS, contexts), actionFile)),
        ).filter(([name]) => !Object.hasOwn(env, name)),
      ),
    },
  });
  onStart?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code, signal] = await new Promise((r) =>
    child.once('close', (exitCode, exitSignal) => r([exitCode, exitSignal])),
  );
  const durationMs = performance.now() - started;
  const result = {
    code,
    signal,
    stdout,
    stderr,
    durationMs,
    outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    state: parseOutputs(readFileSync(files.GITHUB_STATE, 'utf8')),
    env: parseOutputs(readFileSync(files.GITHUB_ENV, 'utf8')),
    dir,
  };
  if (!workDir) rmSync(dir, { recursive: true, force: true });
  return result;
}

/**
 * The job-end step (`runs.post`) of a main step that ran with finish-on-job-end, as the runner runs
 * it when the job ends: the same inputs evaluated again, with the job's `status`, and the state the
 * main step saved.
 */
export function runJobEnd(
  main,
  { inputs = {}, env = {}, event = {}, status = 'success', ...rest } = {},
) {
  return runAction({
    ...rest,
    inputs,
    env,
    event,
    entry: POST,
    state: main.state,
    contexts: { job: { status } },
  });
}

/** The path of a Node 24 binary from the npm registry (cached by npm after the first call). */
export function node24() {
  const out = execFileSync(
    'npm',
    ['exec', '--yes', '--package=node@24', '--', 'node', '-p', 'process.execPath'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return out.trim().split('\n').pop();
}

/**
 * `node24()` without blocking the event loop (the first call downloads Node 24 through npm), for
 * test hooks whose timeout must still be able to fire. Resolves the same path.
 */
export function node24Async() {
  return new Promise((resolvePath, reject) => {
    execFile(
      'npm',
      ['exec', '--yes', '--package=node@24', '--', 'node', '-p', 'process.execPath'],
      { encoding: 'utf8' },
      (error, out, err) => {
        if (error) reject(new Error(`npm exec --package=node@24 failed: ${error.message}\n${err}`));
        else resolvePath(out.trim().split('\n').pop());
      },
    );
  });
}
