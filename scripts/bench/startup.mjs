// Start-up: what one step costs, from the process's start to its exit, on Node 24, with the
// service answering at once (loopback). Every scenario runs once per round, rounds interleave
// them, so that a busy machine slows all of them alike.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ACTION, POST, ROOT, TEST_CREDENTIALS } from '../lib/harness.mjs';
import { deployEnv, incidentArn } from './deployments.mjs';
import { measure, tempDir } from './measure.mjs';

const AWS_CLI = '/usr/bin/aws';
/** The `incident-timeline` command's bundle (package.json `bin`). */
const COMMAND = join(ROOT, 'dist', 'cli.js');

export const haveCli = (() => {
  try {
    return execFileSync(AWS_CLI, ['--version'], { encoding: 'utf8' }).startsWith('aws-cli/2');
  } catch {
    return false;
  }
})();

/**
 * The scenarios, in the order of a round. `warm` ones keep one RUNNER_TEMP for all their runs, as
 * the later steps of one job do, so they find the compile cache an earlier run left there; the
 * others get a new RUNNER_TEMP every run, as the first step of a job does.
 */
export function startupScenarios({ node, http, tls, many, cert }) {
  const known = incidentArn('checkout-api', 'known');
  const scenarios = [];
  const add = (key, label, run) => scenarios.push({ key, label, run });
  const action = (endpoint, arn, inputs = {}, env = {}) =>
    deployEnv(endpoint, { 'incident-arn': arn, ...inputs }, env);

  add('bare', 'bare node -e 0', () => measure(node, ['-e', '0']));
  add('http', 'action, known ARN, http', () => measure(node, [ACTION], action(http.url, known)));
  add('http-warm', 'action, known ARN, http, a later step (compile cache)', (runnerTemp) =>
    measure(node, [ACTION], action(http.url, incidentArn('checkout-api', 'known-warm')), {
      runnerTemp,
    }),
  );
  if (tls) {
    const trust = { NODE_EXTRA_CA_CERTS: cert.cert };
    add('tls', 'action, known ARN, https', () =>
      measure(node, [ACTION], action(tls.url, known, {}, trust)),
    );
    add('tls-warm', 'action, known ARN, https, a later step (compile cache)', (runnerTemp) =>
      measure(
        node,
        [ACTION],
        action(tls.url, incidentArn('checkout-api', 'known-warm'), {}, trust),
        { runnerTemp },
      ),
    );
  }
  add('oidc', 'action, role-to-assume with OIDC, http', () =>
    measure(
      node,
      [ACTION],
      action(
        http.url,
        incidentArn('checkout-api', 'oidc'),
        { 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy' },
        {
          AWS_ACCESS_KEY_ID: '',
          AWS_SECRET_ACCESS_KEY: '',
          AWS_ENDPOINT_URL_STS: http.url,
          ACTIONS_ID_TOKEN_REQUEST_URL: `${http.url}/_emulator/oidc/token?x=1`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bench-request-token',
        },
      ),
    ),
  );
  add('search', 'action, search among 10,000, http', () =>
    measure(
      node,
      [ACTION],
      deployEnv(many.url, { 'response-plan': 'checkout-api', select: 'latest' }),
    ),
  );
  // The command outside GitHub Actions: the same write as the action's known-ARN run, its options
  // as the command line gives them, its facts from git (the run's directory is none: git fails).
  add('command', 'incident-timeline mark, known ARN, http', () =>
    measure(node, [COMMAND, ...commandArgs(incidentArn('checkout-api', 'command'))], {
      ...TEST_CREDENTIALS,
      AWS_REGION: 'us-east-1',
      INCIDENT_TIMELINE_ENDPOINT_URL: http.url,
      // No job summary outside a runner.
      GITHUB_STEP_SUMMARY: '',
    }),
  );
  add('command-help', 'incident-timeline --help', () => measure(node, [COMMAND, '--help']));
  add('post', 'job-end step, no finish-on-job-end', () =>
    measure(node, [POST], deployEnv(http.url, { 'incident-arn': known })),
  );
  const finish = finishScenario(node, http);
  add('post-finish', 'job-end step, finish-on-job-end, no compile cache', () => finish.run(false));
  add('post-finish-job', 'job-end step, finish-on-job-end, after its main step', () =>
    finish.run(true),
  );
  if (haveCli) {
    add('cli', 'aws ssm-incidents create-timeline-event, http', () =>
      measure(AWS_CLI, cliArgs(http.url, known), cliEnv()),
    );
    if (tls)
      add('cli-tls', 'aws ssm-incidents create-timeline-event, https', () =>
        measure(AWS_CLI, [...cliArgs(tls.url, known), '--ca-bundle', cert.cert], cliEnv()),
      );
  }
  return scenarios;
}

/**
 * The job-end step with finish-on-job-end: before each run, its main step (not measured) creates an
 * event and saves the state; the job-end step then updates that event with the job's outcome (the
 * `job-status` input, `success`), as the runner runs it: the same inputs, the state as STATE_*
 * variables. `afterMain`: the two share one RUNNER_TEMP, as the steps of a job do, so the
 * job-end step finds the compile cache its main step left; otherwise it has a RUNNER_TEMP of its own
 * (as on a Node without a compile cache).
 */
function finishScenario(node, http) {
  const arn = incidentArn('checkout-api', 'finish');
  const inputs = { 'incident-arn': arn, 'finish-on-job-end': 'true' };
  const step = () => deployEnv(http.url, inputs);
  return {
    async run(afterMain) {
      const job = tempDir('ita-job-');
      try {
        const runnerTemp = afterMain ? job.dir : undefined;
        const main = await measure(node, [ACTION], step(), { runnerTemp });
        const state = Object.fromEntries(
          Object.entries(main.state).map(([name, value]) => [`STATE_${name}`, value]),
        );
        if (Object.keys(state).length === 0) throw new Error('the main step saved no state');
        const run = await measure(node, [POST], { ...step(), ...state }, { runnerTemp });
        // The job-end step never fails the job: a problem shows only as a warning.
        if (run.log.includes('::warning')) throw new Error(`the job-end step warned:\n${run.log}`);
        return run;
      } finally {
        job.remove();
      }
    },
  };
}

function commandArgs(arn) {
  // prettier-ignore
  return [
    'mark', '--incident-arn', arn, '--status', 'succeeded', '--environment', 'production',
  ];
}

function cliArgs(endpoint, arn) {
  // prettier-ignore
  return [
    'ssm-incidents', 'create-timeline-event', '--endpoint-url', endpoint, '--region', 'us-east-1',
    '--incident-record-arn', arn, '--event-time', new Date().toISOString(),
    '--event-type', 'Custom Event',
    '--event-data', JSON.stringify('Deployment succeeded: acme/shop@1a2b3c4 (main) to production by octocat'),
  ];
}

const cliEnv = () => ({
  AWS_ACCESS_KEY_ID: 'AKIAEMULATOREXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'emulator/secret/KEY/EXAMPLE',
  AWS_PAGER: '',
  AWS_CONFIG_FILE: '/nonexistent',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
});

/**
 * Runs every scenario once to warm the machine (file cache, the emulators' JIT) and each warm
 * scenario's compile cache, then `rounds` interleaved rounds, resetting the emulators before each
 * so that every round writes to incidents as fresh as the first's. Resolves samples by key.
 */
export async function runStartup(scenarios, emulators, rounds, progress) {
  const warmDirs = new Map(
    scenarios.filter((s) => s.key.endsWith('-warm')).map((s) => [s.key, tempDir('ita-warm-')]),
  );
  const runOnce = (s) => s.run(warmDirs.get(s.key)?.dir);
  try {
    await Promise.all(emulators.map((e) => e.reset()));
    for (const s of scenarios) await runOnce(s);
    const samples = Object.fromEntries(scenarios.map((s) => [s.key, []]));
    for (let round = 0; round < rounds; round++) {
      await Promise.all(emulators.map((e) => e.reset()));
      // Let the emulators' own work (and its garbage collection) end before the first run.
      await new Promise((resolve) => setTimeout(resolve, 150));
      // Alternate the order, so that no scenario always follows the same one.
      const order = round % 2 ? [...scenarios].reverse() : scenarios;
      for (const s of order) samples[s.key].push(await runOnce(s));
      progress(round + 1);
    }
    return samples;
  } finally {
    for (const dir of warmDirs.values()) dir.remove();
  }
}

/**
 * The files a run of the action loads from dist/ and their bytes, recorded by a module loader
 * hook (Node 22.15 and later): the entry and every chunk it imports.
 */
export async function loadedBytes(node, env) {
  const { dir, remove } = tempDir('ita-loaded-');
  try {
    const hook = join(dir, 'record-loads.cjs');
    const list = join(dir, 'loaded.json');
    writeFileSync(
      hook,
      `const { registerHooks } = require('node:module');
const loaded = [];
registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(loaded)));
`,
    );
    await measure(node, ['--require', hook, ACTION], env);
    const dist = join(ROOT, 'dist');
    const files = [...new Set(JSON.parse(readFileSync(list, 'utf8')))]
      .filter((url) => url.startsWith('file:'))
      .map((url) => new URL(url).pathname)
      .filter((path) => path.startsWith(dist));
    return files.map((path) => ({ file: relative(ROOT, path), bytes: statSync(path).size }));
  } finally {
    remove();
  }
}
