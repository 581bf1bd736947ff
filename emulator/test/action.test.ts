// emulator/action.yml, run as GitHub's runner runs it: its main step in a fresh process with the
// runner's files, a later step that has only the environment the action set, then its post step
// with the state the main step saved.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { escapeCell, requestSummary } from '../src/action/request-summary.js';
import {
  jobEnvironment,
  reachableUrl,
  recordSetVariables,
  restoredVariables,
} from '../src/action/job-environment.js';
import { PACKAGE_ROOT } from './bundle.js';
import { MAIN, POST, action, runStep } from './runner.js';
import { node24Async } from './tools.js';

const run = promisify(execFile);

let node24: string;
const directories: string[] = [];
const pids: number[] = [];

beforeAll(async () => {
  if (!existsSync(MAIN) || !existsSync(POST))
    throw new Error(`${MAIN} or ${POST} is missing: run npm run package`);
  node24 = await node24Async();
});

afterEach(() => {
  for (const pid of pids.splice(0)) if (running(pid)) process.kill(pid, 'SIGKILL');
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temporaryDirectory(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emulator-action-'));
  directories.push(dir);
  return dir;
}

/** Whether the process runs; one that exited but was not reaped yet (a zombie) does not. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return existsSync('/proc/self') ? false : true;
  }
}

/** A job's workspace holding the repository's seed, and the runner's files of one step. */
interface Job {
  workspace: string;
  /** A new working directory for the next step. */
  step: () => string;
  /** The action's main step in a new step directory, with GITHUB_WORKSPACE and these inputs. */
  startMain: (inputs: Record<string, string>) => ReturnType<typeof runStep>;
  /** The action's post step with the main step's state, in a new step directory. */
  startPost: (state: Record<string, string>) => ReturnType<typeof runStep>;
}

function job(): Job {
  const root = temporaryDirectory();
  const workspace = path.join(root, 'workspace');
  mkdirSync(path.join(workspace, '.github'), { recursive: true });
  cpSync(
    path.join(PACKAGE_ROOT, 'test', 'fixtures', 'incident-seed.json'),
    path.join(workspace, '.github', 'incident-seed.json'),
  );
  let steps = 0;
  const step = () => {
    const dir = path.join(root, `step-${++steps}`);
    mkdirSync(dir);
    return dir;
  };
  return {
    workspace,
    step,
    startMain: (inputs) =>
      runStep({
        node: node24,
        entry: MAIN,
        workDir: step(),
        inputs,
        env: { GITHUB_WORKSPACE: workspace },
      }),
    startPost: (state) =>
      runStep({
        node: node24,
        entry: POST,
        workDir: step(),
        state,
        env: { GITHUB_WORKSPACE: workspace },
      }),
  };
}

/** A later step of the job: Node with only the environment the action set (and PATH, HOME). */
async function listResponsePlans(environment: Record<string, string>, home: string) {
  // The endpoint is not passed: the SDK reads AWS_ENDPOINT_URL_SSM_INCIDENTS itself.
  const script = `
    import { ListResponsePlansCommand, SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
    const client = new SSMIncidentsClient({});
    const answer = await client.send(new ListResponsePlansCommand({}));
    console.log(JSON.stringify(answer.responsePlanSummaries.map((plan) => plan.arn)));
  `;
  const { stdout } = await run(node24, ['--input-type=module', '-e', script], {
    cwd: PACKAGE_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: home, ...environment },
    timeout: 20_000,
  });
  return JSON.parse(stdout) as string[];
}

describe('emulator/action.yml', () => {
  it('runs on node24 with a post step that always runs', () => {
    expect(action.runs).toMatchObject({ using: 'node24', 'post-if': 'always()' });
  });

  it('starts the emulator for the rest of the job, points later steps at it, and its post step reports and stops it', async () => {
    const { workspace, startMain, startPost } = job();
    const main = await startMain({
      seed: '.github/incident-seed.json',
      'account-id': '111122223333',
      state: 'emulator-state.json',
    });
    const pid = Number(main.state['emulator-pid']);
    if (pid) pids.push(pid);
    expect(main.code, main.stdout + main.stderr).toBe(0);
    // The runner waits for the step's process and its output pipes: neither is held open.
    expect(main.durationMs).toBeLessThan(5_000);
    expect(running(pid)).toBe(true);

    const url = main.outputs['endpoint-url'];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(main.env).toEqual({
      AWS_ENDPOINT_URL_SSM_INCIDENTS: url,
      AWS_ENDPOINT_URL_STS: url,
      AWS_ACCESS_KEY_ID: 'emulator',
      AWS_SECRET_ACCESS_KEY: 'emulator',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
    });

    const home = temporaryDirectory();
    expect(await listResponsePlans(main.env, home)).toEqual([
      'arn:aws:ssm-incidents::111122223333:response-plan/checkout-api',
      'arn:aws:ssm-incidents::111122223333:response-plan/search',
    ]);

    const post = await startPost(main.state);
    expect(post.code).toBe(0);
    expect(post.stdout).not.toContain('::warning::');
    expect(post.stdout).toContain(`Stopped the emulator (pid ${pid}).`);
    await vi.waitFor(() => expect(running(pid)).toBe(false), { timeout: 5_000 });
    expect(post.summary).toContain(`\`${url}\` received 1 API request.`);
    expect(post.summary).toContain('| ListResponsePlans | 200 | 1 |');
    // The emulator's per-request log, where no line can run as a workflow command.
    expect(post.stdout).toMatch(
      /::stop-commands::(\S+)\nPOST \/listResponsePlans ListResponsePlans 200 [^\n]*\n(?:.*\n)*::\1::\n/,
    );
    // On SIGTERM the emulator wrote its state file.
    const state = JSON.parse(readFileSync(path.join(workspace, 'emulator-state.json'), 'utf8'));
    expect(state.accountId).toBe('111122223333');
  });

  it('takes an inline seed document and further flags', async () => {
    const { workspace, step } = job();
    const main = await runStep({
      node: node24,
      entry: MAIN,
      workDir: step(),
      inputs: {
        seed: JSON.stringify({
          responsePlans: [{ name: 'inline-plan', incidentTemplate: { title: 'T', impact: 3 } }],
        }),
        args: '--quiet\n--conflict-identifier event',
      },
      env: { GITHUB_WORKSPACE: workspace, AWS_REGION: 'eu-west-1', AWS_SESSION_TOKEN: 'real' },
    });
    const pid = Number(main.state['emulator-pid']);
    if (pid) pids.push(pid);
    expect(main.code, main.stdout).toBe(0);
    // The region is kept; a session token from earlier keys is not sent with the fake ones.
    expect(main.env).toMatchObject({ AWS_DEFAULT_REGION: 'eu-west-1', AWS_SESSION_TOKEN: '' });
    expect(main.env).not.toHaveProperty('AWS_REGION');
    const url = main.outputs['endpoint-url'] ?? '';
    const settings = await fetch(`${url}/_emulator/settings`).then((r) => r.json());
    expect(settings).toMatchObject({ conflictIdentifier: 'event' });
    expect(
      await listResponsePlans({ ...main.env, AWS_REGION: 'eu-west-1' }, temporaryDirectory()),
    ).toEqual(['arn:aws:ssm-incidents::123456789012:response-plan/inline-plan']);
  });

  it('with --host 0.0.0.0 (for other containers), gives the job a loopback URL, which its post step reads the log at', async () => {
    const { startMain, startPost } = job();
    const main = await startMain({ args: '--host 0.0.0.0 --quiet' });
    const pid = Number(main.state['emulator-pid']);
    if (pid) pids.push(pid);
    expect(main.code, main.stdout).toBe(0);
    const url = main.outputs['endpoint-url'];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(main.env.AWS_ENDPOINT_URL_SSM_INCIDENTS).toBe(url);
    // Bound to every address: the same port answers on the host's other addresses too.
    expect(main.stdout).toMatch(/bound to http:\/\/0\.0\.0\.0:\d+/);
    await listResponsePlans(main.env, temporaryDirectory());
    const post = await startPost(main.state);
    expect(post.stdout).not.toContain('::warning::');
    expect(post.summary).toContain('| ListResponsePlans | 200 | 1 |');
  });

  it('points STS at the emulator only with emulate-sts, and its post step puts back what it set', async () => {
    const { step, startMain } = job();
    const before = {
      AWS_ACCESS_KEY_ID: 'AKIAREALKEY',
      AWS_SECRET_ACCESS_KEY: 'real-secret',
      AWS_SESSION_TOKEN: 'real-session',
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_STS: 'https://sts.eu-west-1.amazonaws.com',
    };
    const main = await runStep({
      node: node24,
      entry: MAIN,
      workDir: step(),
      inputs: { 'emulate-sts': 'false' },
      env: { GITHUB_WORKSPACE: '.', ...before },
    });
    const pid = Number(main.state['emulator-pid']);
    if (pid) pids.push(pid);
    expect(main.code, main.stdout).toBe(0);
    expect(main.env).not.toHaveProperty('AWS_ENDPOINT_URL_STS');
    expect(main.stdout).not.toContain('real-secret');

    // A later step replaced the keys again (configure-aws-credentials): those stay as it set them.
    const atJobEnd = { ...before, ...main.env, AWS_ACCESS_KEY_ID: 'AKIALATERSTEP' };
    const post = await runStep({
      node: node24,
      entry: POST,
      workDir: step(),
      state: main.state,
      env: atJobEnd,
    });
    expect(post.code).toBe(0);
    expect(post.env).toEqual({
      AWS_ENDPOINT_URL_SSM_INCIDENTS: '',
      AWS_SECRET_ACCESS_KEY: 'real-secret',
      AWS_SESSION_TOKEN: 'real-session',
      AWS_DEFAULT_REGION: '',
    });
    expect(post.stdout).not.toContain('real-secret');

    const withSts = await startMain({});
    if (Number(withSts.state['emulator-pid'])) pids.push(Number(withSts.state['emulator-pid']));
    expect(withSts.env.AWS_ENDPOINT_URL_STS).toBe(withSts.outputs['endpoint-url']);
  });

  it('fails with an error naming seed when the seed file does not exist, and starts nothing', async () => {
    const { workspace, startMain } = job();
    const main = await startMain({ seed: 'missing/seed.json' });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      `::error::Input 'seed': no file at ${path.join(workspace, 'missing/seed.json')}.`,
    );
    expect(main.state).toEqual({});
    expect(main.env).toEqual({});
    expect(main.outputs).toEqual({});
  });

  it('fails with the emulator log when the emulator refuses to start', async () => {
    const { startMain } = job();
    const main = await startMain({ seed: '{"incident": []}' });
    expect(main.code).toBe(1);
    expect(main.stdout).toContain(
      '::error::The emulator exited (code 1) before it printed its URL',
    );
    expect(main.stdout).toMatch(/::stop-commands::\S+\n[^\n]*incident/);
    expect(main.state).toEqual({});
  });

  it('refuses inputs that cannot work, naming them', async () => {
    const { startMain } = job();
    for (const [inputs, message] of [
      [{ port: 'eighty' }, "Input 'port': 'eighty' must be a port number"],
      [{ 'account-id': '123' }, "Input 'account-id': '123' must be an AWS account ID"],
      [{ args: '--port 4566' }, "Input 'args': --port is set by the input 'port'"],
      [{ seed: '{not json' }, "Input 'seed': an inline seed document must be JSON"],
      [{ 'emulate-sts': 'yes' }, "Input 'emulate-sts': 'yes' must be true or false"],
    ] as const) {
      const main = await startMain(inputs);
      expect(main.code).toBe(1);
      expect(main.stdout).toContain(`::error::${message}`);
    }
  });

  it('post step: says nothing without saved state, and only warns when the emulator is gone', async () => {
    const { step } = job();
    const quiet = await runStep({
      node: node24,
      entry: POST,
      workDir: step(),
    });
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '', summary: '' });

    const gone = await runStep({
      node: node24,
      entry: POST,
      workDir: step(),
      state: {
        'emulator-pid': '2147483646',
        'emulator-url': 'http://127.0.0.1:1',
        'emulator-log': '/nonexistent/emulator.log',
        'emulator-path': '/nonexistent/index.js',
      },
    });
    expect(gone.code).toBe(0);
    expect(gone.stdout).toContain("::warning::Could not read the emulator's request log");
    expect(gone.stdout).toContain('::warning::The emulator (pid 2147483646) had already stopped');
    expect(gone.summary).toBe('');
  });
});

describe('the request summary', () => {
  it('counts requests by operation and answer', () => {
    const summary = requestSummary('http://127.0.0.1:4566', {
      requests: [
        { operation: 'ListIncidentRecords', status: 200 },
        {
          operation: 'CreateTimelineEvent',
          status: 429,
          errorType: 'ThrottlingException',
          fault: 'throttle',
        },
        { operation: 'CreateTimelineEvent', status: 200 },
        { operation: 'CreateTimelineEvent', status: 200 },
        { operation: 'GetIncidentRecord', status: 0, fault: 'drop' },
      ],
      log: { dropped: 3 },
    });
    expect(summary).toBe(
      [
        '### Incident Manager emulator',
        '',
        '`http://127.0.0.1:4566` received 5 API requests, and 3 older ones no longer in its log.',
        '',
        '| Operation | Answer | Requests |',
        '| --- | --- | ---: |',
        '| ListIncidentRecords | 200 | 1 |',
        '| CreateTimelineEvent | 429 ThrottlingException \\(fault\\: throttle\\) | 1 |',
        '| CreateTimelineEvent | 200 | 2 |',
        '| GetIncidentRecord | connection dropped \\(fault\\: drop\\) | 1 |',
        '',
      ].join('\n'),
    );
  });

  it('escapes outside text: no link, mention, HTML, row or hidden character', () => {
    expect(escapeCell('<img src=x> | [a](https://e.example) @team www.e.example\n# h\u202e')).toBe(
      '\\<img src\\=x\\> \\| \\[a\\]\\(https\\:\\/\\/e\\.example\\) \\@team www\\.e\\.example' +
        'U\\+000A\\# hU\\+202E',
    );
  });
});

describe('the job environment', () => {
  it('reaches a wildcard bind at the loopback address of its family, and keeps any other URL', () => {
    expect(reachableUrl('http://0.0.0.0:4566')).toBe('http://127.0.0.1:4566');
    expect(reachableUrl('https://[::]:4566')).toBe('https://[::1]:4566');
    for (const url of ['http://127.0.0.1:4566', 'http://10.1.2.3:80', 'http://[::1]:9'])
      expect(reachableUrl(url)).toBe(url);
  });

  it('sets STS only when asked, and restores only what no later step changed', () => {
    const env = { AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIAREAL' };
    const set = jobEnvironment('http://127.0.0.1:1', false, env);
    expect(set).not.toHaveProperty('AWS_ENDPOINT_URL_STS');
    expect(jobEnvironment('http://127.0.0.1:1', true, env).AWS_ENDPOINT_URL_STS).toBe(
      'http://127.0.0.1:1',
    );
    const saved = recordSetVariables(set, env);
    expect(restoredVariables(saved, { ...env, ...set })).toEqual({
      AWS_ENDPOINT_URL_SSM_INCIDENTS: '',
      AWS_ACCESS_KEY_ID: 'AKIAREAL',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_DEFAULT_REGION: '',
    });
    expect(
      restoredVariables(saved, { ...env, ...set, AWS_ACCESS_KEY_ID: 'later' }),
    ).not.toHaveProperty('AWS_ACCESS_KEY_ID');
  });
});
