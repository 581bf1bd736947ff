// `npm run bench`: what the action costs a deployment, measured side by side in one run.
//   (a) bare `node -e 0`
//   (b) the bundled action posting to a known incident ARN
//   (c) the action discovering its target among 10,000 incident records of which 20 are open
//   (d) the AWS CLI v2 making the same create-timeline-event call as (b)
// Runs are interleaved (a, b, c, d, a, b, …) so that machine noise hits all alike; each figure is
// the median of BENCH_RUNS runs (default 10) with min and max, on Node 24 from the npm registry and
// on this machine's Node. Everything talks to the bundled emulator on loopback. The ratios are of
// wall time, as the issue states them; CPU time (task-clock, from `perf stat` when installed) is
// shown beside it because it is far less sensitive to a busy machine.
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ACTION,
  GITHUB_ENV,
  ROOT,
  TEST_CREDENTIALS,
  inputEnv,
  node24,
  startEmulator,
} from './lib/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const GNU_TIME = '/usr/bin/time';
const PERF = ['/usr/bin/perf', '/usr/local/bin/perf'].find((p) => existsSync(p));
const AWS_CLI = '/usr/bin/aws';
if (!existsSync(GNU_TIME)) throw new Error('GNU time is needed for peak RSS: apt-get install time');
const haveCli = (() => {
  try {
    return execFileSync(AWS_CLI, ['--version'], { encoding: 'utf8' }).startsWith('aws-cli/2');
  } catch {
    return false;
  }
})();

/**
 * Runs a command under GNU time (and `perf stat` when available); resolves wall milliseconds
 * (measured here), CPU milliseconds (task-clock of the process tree; NaN without perf) and peak
 * RSS in MB.
 */
function measure(command, args, env) {
  const dir = mkdtempSync(join(tmpdir(), 'ita-bench-'));
  const timeFile = join(dir, 'time.txt');
  const perfFile = join(dir, 'perf.txt');
  const files = {
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
  };
  for (const file of Object.values(files)) writeFileSync(file, file.endsWith('.json') ? '{}' : '');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timed = [GNU_TIME, '-o', timeFile, '-f', '%M', command, ...args];
    const argv = PERF
      ? [PERF, 'stat', '-x,', '-e', 'task-clock', '-o', perfFile, '--', ...timed]
      : timed;
    const child = spawn(argv[0], argv.slice(1), {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: dir, ...files, ...env },
    });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.once('close', (code) => {
      const ms = performance.now() - started;
      const rssKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
      const cpuLine = PERF
        ? readFileSync(perfFile, 'utf8')
            .split('\n')
            .find((l) => l.includes('task-clock'))
        : undefined;
      const cpuMs = cpuLine ? Number(cpuLine.split(',')[0]) : Number.NaN;
      const outputs = readFileSync(files.GITHUB_OUTPUT, 'utf8');
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${out}`));
      else resolve({ ms, cpuMs, rssMb: rssKb / 1024, outputs });
    });
  });
}

const stats = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
};

console.log(
  `Preparing: Node 24 from the npm registry, two emulators (1 incident; 10,000 incidents)…`,
);
const nodes = [
  { name: 'node24', path: node24() },
  { name: `node${process.versions.node.split('.')[0]}`, path: process.execPath },
];
for (const node of nodes)
  node.version = execFileSync(node.path, ['--version'], { encoding: 'utf8' }).trim();

const single = await startEmulator({
  seed: {
    incidents: [{ responsePlan: 'checkout-api', title: 'Checkout latency above SLO', impact: 2 }],
  },
});
const many = await startEmulator({
  seed: {
    generateIncidents: {
      count: 9_980,
      responsePlan: 'bulk',
      status: 'RESOLVED',
      impact: 3,
      titlePrefix: 'Old incident',
    },
  },
});
await many.seed({
  generateIncidents: {
    count: 20,
    responsePlan: 'checkout-api',
    status: 'OPEN',
    impact: 2,
    titlePrefix: 'Open incident',
  },
});
const knownArn = (await single.state()).incidents[0].arn;

let runCounter = 0;
/** Each run is a new deployment (run id and commit), as it is for users. */
function deployEnv(endpoint, inputs) {
  runCounter += 1;
  const sha = runCounter.toString(16).padStart(40, 'a');
  return {
    ...GITHUB_ENV,
    ...TEST_CREDENTIALS,
    GITHUB_RUN_ID: String(100_000 + runCounter),
    GITHUB_SHA: sha,
    ...inputEnv({
      'aws-region': 'us-east-1',
      'endpoint-url': endpoint,
      status: 'succeeded',
      environment: 'production',
      ...inputs,
    }),
  };
}

const scenarios = [];
for (const node of nodes) {
  scenarios.push({
    key: `a:${node.name}`,
    label: `(a) bare node -e 0 [${node.name}]`,
    run: () => measure(node.path, ['-e', '0'], {}),
  });
  scenarios.push({
    key: `b:${node.name}`,
    label: `(b) action, known ARN [${node.name}]`,
    run: () => measure(node.path, [ACTION], deployEnv(single.url, { 'incident-arn': knownArn })),
  });
  scenarios.push({
    key: `c:${node.name}`,
    label: `(c) action, search 10,000 [${node.name}]`,
    run: () =>
      measure(
        node.path,
        [ACTION],
        deployEnv(many.url, { 'response-plan': 'checkout-api', select: 'latest' }),
      ),
  });
}
if (haveCli) {
  scenarios.push({
    key: 'd',
    label: '(d) aws ssm-incidents create-timeline-event (CLI v2)',
    run: () =>
      measure(
        AWS_CLI,
        [
          'ssm-incidents',
          'create-timeline-event',
          '--endpoint-url',
          single.url,
          '--region',
          'us-east-1',
          '--incident-record-arn',
          knownArn,
          '--event-time',
          new Date().toISOString(),
          '--event-type',
          'Custom Event',
          '--event-data',
          JSON.stringify('Deployment succeeded: acme/shop@1a2b3c4 (main) to production by octocat'),
        ],
        {
          ...TEST_CREDENTIALS,
          AWS_PAGER: '',
          AWS_CONFIG_FILE: '/nonexistent',
          AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        },
      ),
  });
}

// One warm-up round (file cache, the emulator's JIT), not counted.
for (const s of scenarios) await s.run();
const samples = Object.fromEntries(scenarios.map((s) => [s.key, []]));
for (let round = 0; round < RUNS; round++) {
  for (const s of scenarios) samples[s.key].push(await s.run());
  process.stdout.write(`\rround ${round + 1}/${RUNS}`);
}
process.stdout.write('\n\n');

// Requests of one run of (b) and of (c), from the emulators' logs.
async function requestsOf(emulator, env, node) {
  await emulator.control('DELETE', 'requests');
  await measure(node, [ACTION], env);
  return (await emulator.requests()).map((r) => r.operation);
}
const bOps = await requestsOf(
  single,
  deployEnv(single.url, { 'incident-arn': knownArn }),
  nodes[0].path,
);
const bEnvSameCommit = deployEnv(single.url, { 'incident-arn': knownArn });
await measure(nodes[0].path, [ACTION], bEnvSameCommit);
const bOpsKnownCommit = await requestsOf(
  single,
  { ...bEnvSameCommit, GITHUB_RUN_ID: String(999_999) },
  nodes[0].path,
);
const cOps = await requestsOf(
  many,
  deployEnv(many.url, { 'response-plan': 'checkout-api', select: 'latest' }),
  nodes[0].path,
);
await single.stop();
await many.stop();

const table = [
  ['scenario', 'wall ms median', 'min', 'max', 'CPU ms median', 'min', 'peak RSS MB median', 'max'],
];
for (const s of scenarios) {
  const t = stats(samples[s.key].map((x) => x.ms));
  const c = stats(samples[s.key].map((x) => x.cpuMs));
  const r = stats(samples[s.key].map((x) => x.rssMb));
  table.push([
    s.label,
    t.median.toFixed(1),
    t.min.toFixed(1),
    t.max.toFixed(1),
    c.median.toFixed(1),
    c.min.toFixed(1),
    r.median.toFixed(1),
    r.max.toFixed(1),
  ]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table)
  console.log(
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '),
  );

const med = (key) => stats(samples[key].map((x) => x.ms)).median;
const cpuMed = (key) => stats(samples[key].map((x) => x.cpuMs)).median;
const bundleBytes = statSync(ACTION).size;
const chunks = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js') && f !== 'index.js');
const chunkBytes = chunks.reduce((sum, f) => sum + statSync(join(ROOT, 'dist', f)).size, 0);
const duplicated = execFileSync('npm', ['ls', '--all', '--parseable'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((p) => /node_modules\/@smithy\/[^/]+$/.test(p))
  .map((p) => p.replace(/.*node_modules\/(@smithy\/[^/]+)$/, '$1'));
const smithyCopies = duplicated.length - new Set(duplicated).size;

console.log(
  `\nMachine: ${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores; ${nodes.map((n) => `${n.name} = ${n.version}`).join(', ')}; ${RUNS} interleaved runs`,
);
console.log(
  `dist/index.js: ${(bundleBytes / 1e6).toFixed(3)} MB, loaded by every run; ${chunks.length} lazy chunk(s) beside it, ${(chunkBytes / 1e6).toFixed(3)} MB in all, loaded only by the runs that need them (role-to-assume, OIDC, proxy); @smithy/* duplicate copies installed: ${smithyCopies}`,
);
console.log(`(b) requests, new commit: ${bOps.length} (${bOps.join(', ')})`);
console.log(
  `(b) requests, commit already linked: ${bOpsKnownCommit.length} (${bOpsKnownCommit.join(', ')})`,
);
console.log(
  `(c) requests: ${cOps.length} (${[...new Set(cOps)].map((op) => `${op} ×${cOps.filter((o) => o === op).length}`).join(', ')})`,
);

const checks = [];
for (const node of nodes) {
  const a = med(`a:${node.name}`);
  const b = med(`b:${node.name}`);
  const c = med(`c:${node.name}`);
  console.log(
    `\n[${node.name}] wall: (b)/(a) = ${(b / a).toFixed(2)}   (c)/(b) = ${(c / b).toFixed(2)}${haveCli ? `   (d)/(b) = ${(med('d') / b).toFixed(2)}` : ''}`,
  );
  if (PERF) {
    const [ca, cb, cc] = ['a', 'b', 'c'].map((x) => cpuMed(`${x}:${node.name}`));
    console.log(
      `[${node.name}] CPU:  (b)/(a) = ${(cb / ca).toFixed(2)}   (c)/(b) = ${(cc / cb).toFixed(2)}${haveCli ? `   (d)/(b) = ${(cpuMed('d') / cb).toFixed(2)}` : ''}`,
    );
  }
  if (node.name === 'node24') {
    const rss = Math.max(...samples[`b:${node.name}`].map((x) => x.rssMb));
    checks.push(['(b)/(a) <= 3.0', b / a <= 3.0, (b / a).toFixed(2)]);
    if (haveCli) checks.push(['(d)/(b) >= 6', med('d') / b >= 6, (med('d') / b).toFixed(2)]);
    checks.push(['(c)/(b) <= 1.2', c / b <= 1.2, (c / b).toFixed(2)]);
    checks.push([
      'dist/index.js <= 1.2 MB',
      bundleBytes <= 1.2e6,
      `${(bundleBytes / 1e6).toFixed(3)} MB`,
    ]);
    checks.push(['one copy of each @smithy/*', smithyCopies === 0, `${smithyCopies} duplicate(s)`]);
    checks.push(['peak RSS of (b) <= 60 MB', rss <= 60, `${rss.toFixed(1)} MB (max of runs)`]);
    // link-commit needs ListRelatedItems, and for a commit not linked yet UpdateRelatedItems and a
    // second ListRelatedItems (the service does not return the new item's ID).
    for (const [label, ops, related] of [
      ['commit already linked', bOpsKnownCommit, ['ListRelatedItems']],
      ['new commit', bOps, ['ListRelatedItems', 'UpdateRelatedItems', 'ListRelatedItems']],
    ]) {
      const createOps = ops.filter((op) => op === 'CreateTimelineEvent').length;
      const relatedOps = ops.filter((op) => /RelatedItems/.test(op));
      checks.push([
        `(b), ${label}: one write plus link-commit's calls`,
        createOps === 1 &&
          ops.length === createOps + relatedOps.length &&
          relatedOps.join() === related.join(),
        `${createOps} write + ${relatedOps.length} related-item call(s)`,
      ]);
    }
  }
}
console.log('\nTargets (Node 24):');
for (const [name, ok, value] of checks)
  console.log(`  ${ok ? 'holds ' : 'MISSED'}  ${name.padEnd(52)} ${value}`);
if (!haveCli)
  console.log('  (d) skipped: the AWS CLI v2 is not installed (apt-get install awscli)');
