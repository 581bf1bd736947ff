// `npm run bench`: what the action costs a deployment, measured in one run on Node 24 (from the npm
// registry), against the bundled emulator on loopback:
//   1. start-up: one step from the process's start to its exit, over http and over https (a
//      certificate made for the run, trusted through NODE_EXTRA_CA_CERTS), as the first step of a
//      job and as a later one (warm compile cache); beside bare Node, the job-end step and the AWS
//      CLI v2 making the same call; interleaved rounds, medians;
//   2. the requests each kind of run makes;
//   3. round trips: every answer 50 ms late, one target and ten, against the floor;
//   4. a throttling service: ten targets side by side and one after another;
//   5. scale: many runs at once against one emulator;
//   6. the crowd: many runs at once into one incident, every second call throttled, then their
//      job ends.
// Wall times are each command's own, counted by `perf stat` (duration_time); CPU is task-clock of
// the command and everything it starts; peak RSS from GNU time. CPU time is far less sensitive to
// a busy machine than wall time: compare builds by it. The figures end with the targets and
// whether each holds.
// Settings: BENCH_RUNS (start-up rounds, default 30), BENCH_LATENCY_RUNS (default 7),
// BENCH_THROTTLE_RUNS (default 1), BENCH_SCALE (concurrent runs, default 100), BENCH_CROWD
// (throttled concurrent runs, default 200).
// `npm run bench -- --stand-ins` measures instead what each start-up stand-in of src/bundle/ saves
// (scripts/bench/stand-ins.mjs), in BENCH_RUNS rounds.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTION,
  ROOT,
  createSelfSignedCertificate,
  node24,
  opensslVersion,
} from './lib/harness.mjs';
import {
  deployEnv,
  fleetSeed,
  incidentArn,
  manyIncidentsSeed,
  startEmulators,
  startupSeed,
} from './bench/deployments.mjs';
import { fixed, havePerf, printTable, requireGnuTime, stats } from './bench/measure.mjs';
import {
  CHAIN,
  LATENCY_MS,
  THROTTLE_EVERY,
  chains,
  failover,
  latency,
  medianOf,
  summarizeOps,
  throttling,
} from './bench/round-trips.mjs';
import { concurrentRuns, scaleSeed } from './bench/scale.mjs';
import { CROWD_THROTTLE_EVERY, crowdRuns, crowdSeed } from './bench/crowd.mjs';
import { benchStandIns } from './bench/stand-ins.mjs';
import { haveCli, loadedBytes, runStartup, startupScenarios } from './bench/startup.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const LATENCY_RUNS = Number(process.env.BENCH_LATENCY_RUNS ?? 7);
const SCALE = Number(process.env.BENCH_SCALE ?? 100);
const CROWD = Number(process.env.BENCH_CROWD ?? 200);
/** The run's default deadline (INCIDENT_TIMELINE_DEADLINE_MS unset), which every crowd run must keep. */
const DEFAULT_DEADLINE_MS = 120_000;
// The request counts of throttled runs depend only on the cadence, so one run of each is enough.
const THROTTLE_RUNS = Number(process.env.BENCH_THROTTLE_RUNS ?? 1);
requireGnuTime();

if (process.argv.includes('--stand-ins')) {
  console.log('Preparing: Node 24 from the npm registry, a bundle without each stand-in…');
  const node = node24();
  console.log(
    `Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()} (linux ${process.arch}, ${cpus().length} cores)`,
  );
  await benchStandIns({ node, rounds: RUNS });
  process.exit(0);
}

console.log('Preparing: Node 24 from the npm registry, a certificate, the emulators…');
const node = node24();
const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const cert = opensslVersion() ? createSelfSignedCertificate() : undefined;
const emulators = await startEmulators({
  http: { seed: startupSeed() },
  ...(cert ? { tls: { seed: startupSeed(), tls: cert } } : {}),
  many: { seed: manyIncidentsSeed() },
  fleet: { seed: fleetSeed() },
  scale: { seed: scaleSeed() },
  crowd: { seed: crowdSeed() },
});
const checks = [];
const check = (name, ok, value) => checks.push([name, ok, value]);

try {
  console.log(
    `Node ${nodeVersion} (linux ${process.arch}, ${cpus().length} cores); ${RUNS} interleaved rounds${havePerf ? '' : '; perf is not available: wall times include the spawn, no CPU times'}`,
  );

  // 1. Start-up.
  const scenarios = startupScenarios({ node, ...emulators, cert });
  const samples = await runStartup(
    scenarios,
    // The 10,000-incident emulator is not reset between rounds: regenerating its records takes
    // long enough to overlap the next runs, and its one written-to incident stays small.
    [emulators.http, emulators.tls].filter(Boolean),
    RUNS,
    (round) => {
      if (process.stdout.isTTY) process.stdout.write(`\rstart-up: round ${round}/${RUNS}`);
    },
  );
  process.stdout.write(
    '\n\nStart-up: one step, from its start to its exit; the service answers at once\n',
  );
  const med = (key, field) => stats(samples[key].map((x) => x[field])).median;
  const rows = [
    [
      'scenario',
      'wall ms median',
      'min',
      'max',
      'CPU ms median',
      'min',
      'peak RSS MB median',
      'max',
    ],
  ];
  for (const s of scenarios) {
    const [w, c, r] = ['ms', 'cpuMs', 'rssMb'].map((f) => stats(samples[s.key].map((x) => x[f])));
    rows.push([
      s.label,
      fixed(w.median),
      fixed(w.min),
      fixed(w.max),
      fixed(c.median),
      fixed(c.min),
      fixed(r.median),
      fixed(r.max),
    ]);
  }
  printTable(rows);

  const ratio = (a, b, field = 'ms') => med(a, field) / med(b, field);
  const bothRatios = (a, b) => `${fixed(ratio(a, b), 2)} (CPU ${fixed(ratio(a, b, 'cpuMs'), 2)})`;
  console.log('\nRatios of medians, wall (CPU):');
  const ratioLines = [
    ['action, http / bare node', 'http', 'bare'],
    ['action, https / bare node', 'tls', 'bare'],
    ['action, http, a later step / bare node', 'http-warm', 'bare'],
    ['action, https, a later step / bare node', 'tls-warm', 'bare'],
    ['action, OIDC role / bare node', 'oidc', 'bare'],
    ['search among 10,000 / known ARN', 'search', 'http'],
    ['incident-timeline mark / action, http', 'command', 'http'],
    ['incident-timeline --help / bare node', 'command-help', 'bare'],
    ['job-end step, no finish / bare node', 'post', 'bare'],
    ['job-end step, finish, no compile cache / bare node', 'post-finish', 'bare'],
    ['job-end step, finish, after its main step / bare node', 'post-finish-job', 'bare'],
    ['AWS CLI, http / action, http', 'cli', 'http'],
    ['AWS CLI, https / action, https', 'cli-tls', 'tls'],
  ].filter(([, a, b]) => samples[a] && samples[b]);
  for (const [label, a, b] of ratioLines) console.log(`  ${label.padEnd(56)} ${bothRatios(a, b)}`);

  const loaded = await loadedBytes(
    node,
    deployEnv(emulators.http.url, { 'incident-arn': incidentArn('checkout-api', 'known') }),
  );
  const loadedTotal = loaded.reduce((sum, f) => sum + f.bytes, 0);
  const entryBytes = statSync(ACTION).size;
  const chunks = readdirSync(join(ROOT, 'dist')).filter((f) => /^\d+\.index\.js$/.test(f));
  const chunkBytes = chunks.reduce((sum, f) => sum + statSync(join(ROOT, 'dist', f)).size, 0);
  const smithy = execFileSync('npm', ['ls', '--all', '--parseable'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((p) => /node_modules\/@smithy\/[^/]+$/.test(p))
    .map((p) => p.replace(/.*node_modules\/(@smithy\/[^/]+)$/, '$1'));
  const smithyCopies = smithy.length - new Set(smithy).size;
  console.log(
    `\nA known-ARN run loads ${fixed(loadedTotal / 1e6, 3)} MB from dist/: ${loaded.map((f) => `${f.file} ${fixed(f.bytes / 1e3, 0)} KB`).join(', ')}`,
  );
  console.log(
    `dist/index.js ${fixed(entryBytes / 1e6, 3)} MB; ${chunks.length} chunks beside it, ${fixed(chunkBytes / 1e6, 3)} MB in all, each loaded only by the runs that need it; @smithy/* duplicate copies installed: ${smithyCopies}`,
  );

  check(
    'action / bare node, http, first step of a job <= 3.0',
    ratio('http', 'bare') <= 3,
    bothRatios('http', 'bare'),
  );
  if (samples.tls)
    check(
      'action / bare node, https, first step of a job <= 3.0',
      ratio('tls', 'bare') <= 3,
      bothRatios('tls', 'bare'),
    );
  check(
    'incident-timeline mark / action, http, CPU <= 1.1 (the command costs no more)',
    ratio('command', 'http', 'cpuMs') <= 1.1,
    bothRatios('command', 'http'),
  );
  if (samples.cli)
    check('AWS CLI / action, http >= 6', ratio('cli', 'http') >= 6, bothRatios('cli', 'http'));
  if (samples['cli-tls'])
    check(
      'AWS CLI / action, https >= 6',
      ratio('cli-tls', 'tls') >= 6,
      bothRatios('cli-tls', 'tls'),
    );
  for (const [key, label] of [
    ['http', 'http'],
    ['tls', 'https'],
  ]) {
    if (!samples[key]) continue;
    const rss = Math.max(...samples[key].map((x) => x.rssMb));
    check(`peak RSS of the action, ${label} <= 60 MB`, rss <= 60, `${fixed(rss)} MB (max of runs)`);
  }
  check('dist/index.js <= 1.2 MB', entryBytes <= 1.2e6, `${fixed(entryBytes / 1e6, 3)} MB`);
  check(
    'bytes a known-ARN run loads from dist/ <= 1.2 MB',
    loadedTotal <= 1.2e6,
    `${fixed(loadedTotal / 1e6, 3)} MB`,
  );
  check('one copy of each @smithy/*', smithyCopies === 0, `${smithyCopies} duplicate(s)`);
  check(
    'search among 10,000 / known ARN <= 1.2',
    ratio('search', 'http') <= 1.2,
    bothRatios('search', 'http'),
  );
  check(
    'job-end step without finish-on-job-end / bare node <= 1.3',
    ratio('post', 'bare') <= 1.3,
    bothRatios('post', 'bare'),
  );

  // 2. Requests per run.
  console.log('\nRequests per run, from the emulator’s request log:');
  for (const { label, ops, expected } of await chains(node, emulators)) {
    console.log(`  ${label}: ${ops.length} (${ops.join(', ')})`);
    // Calls made side by side may arrive in either order: compared as sets of calls.
    check(
      `requests, ${label}: ${expected.length}`,
      [...ops].sort().join() === [...expected].sort().join(),
      `${ops.length}`,
    );
  }

  // 3. Round trips 50 ms away.
  process.stdout.write(
    `\nRound trips: every answer ${LATENCY_MS} ms late, link-commit on with a new commit…`,
  );
  const lat = await latency(node, emulators.fleet, LATENCY_RUNS, 2);
  const startup = medianOf(lat.startup, 'ms');
  const floor = startup + (1 + CHAIN) * LATENCY_MS;
  console.log(
    `\n  floor: start-up ${fixed(startup)} ms (the one-target run with the service answering at once, median of the runs between these) + ${1 + CHAIN} round trips (a search, then ${CHAIN} calls one after another) × ${LATENCY_MS} ms = ${fixed(floor)} ms`,
  );
  const latRows = [
    ['run', 'wall ms median', 'min', 'max', 'requests', 'events written', 'x floor'],
  ];
  for (const [label, runs] of [
    ['one target, the service answering at once', lat.startup],
    ['one target (a search finds 1)', lat.one],
    ['ten targets (a search finds 10, select: all)', lat.ten],
    ['ten targets one after another (PARALLEL_TARGETS=1)', lat.sequential],
  ]) {
    const w = stats(runs.map((r) => r.ms));
    latRows.push([
      label,
      fixed(w.median),
      fixed(w.min),
      fixed(w.max),
      String(medianOf(runs, 'requests')),
      `${medianOf(runs, 'created')}/${runs[0].targets}`,
      fixed(w.median / floor, 2),
    ]);
  }
  printTable(latRows);
  console.log(`  requests of a ten-target run: ${summarizeOps(lat.ten[0].ops)}`);
  const oneRatio = medianOf(lat.one, 'ms') / floor;
  const tenRatio = medianOf(lat.ten, 'ms') / floor;
  check('50 ms away, one target <= 1.3 x floor', oneRatio <= 1.3, fixed(oneRatio, 2));
  check('50 ms away, ten targets <= 2.0 x floor', tenRatio <= 2, fixed(tenRatio, 2));
  check(
    `requests, ten targets: 1 + 10 x ${CHAIN}`,
    lat.ten.every((r) => r.requests === 1 + 10 * CHAIN && r.created === 10),
    `${medianOf(lat.ten, 'requests')}`,
  );

  // 4. Throttling.
  process.stdout.write(`\nThrottling: every ${THROTTLE_EVERY}th call throttled, ten targets…`);
  const thr = await throttling(node, emulators.fleet, THROTTLE_RUNS);
  console.log('');
  const thrRows = [
    ['ten targets', 'requests (each run)', 'throttled', 'events written', 'wall ms median'],
  ];
  for (const [label, runs] of [
    ['side by side', thr.parallel],
    ['one after another', thr.sequential],
  ])
    thrRows.push([
      label,
      runs.map((r) => r.requests).join(' '),
      runs.map((r) => r.throttled).join(' '),
      runs.map((r) => `${r.created}/${r.targets}`).join(' '),
      fixed(medianOf(runs, 'ms')),
    ]);
  printTable(thrRows);
  const moreRequests = thr.parallel.map((r, i) => r.requests - thr.sequential[i].requests);
  check(
    'throttled: side by side makes no more requests than one after another',
    Math.max(...moreRequests) <= 0,
    `${thr.parallel.map((r) => r.requests).join('/')} vs ${thr.sequential.map((r) => r.requests).join('/')}`,
  );
  check(
    'throttled: every event written, both ways',
    [...thr.parallel, ...thr.sequential].every((r) => r.created === 10),
    'events written',
  );

  // 4b. A regional outage.
  process.stdout.write('\nA regional outage: the first of two regions up, dropping, stalling…');
  const out = await failover(node, emulators.fleet, LATENCY_RUNS);
  const medMs = (runs) => medianOf(runs, 'ms');
  console.log(
    `\n  first region up ${fixed(medMs(out.up))} ms; dropping ${fixed(medMs(out.dropped))} ms (${fixed(medMs(out.dropped) / medMs(out.up), 2)}×); stalling ${fixed(medMs(out.stall))} ms (${fixed(medMs(out.stall) / medMs(out.up), 2)}×, its share of a 6 s deadline); requests ${summarizeOps(out.dropped[0]?.ops ?? [])}`,
  );
  check(
    'a regional outage: every run writes its event through the second region',
    [...out.up, ...out.dropped, ...out.stall].every((r) => r.created === 1),
    'events written',
  );

  // 5. Scale.
  process.stdout.write(`\nScale: ${SCALE} runs at once against one emulator…`);
  const scale = await concurrentRuns(node, emulators.scale, SCALE);
  console.log(
    `\n  ${SCALE} repositories, one incident: events written ${scale.written}, lost ${scale.lost}, duplicated ${scale.duplicated}, runs failed ${scale.failed}; commits linked ${scale.commitsLinked} (${scale.commitItems} related items); run time p50 ${fixed(scale.p50 / 1000, 2)} s, p99 ${fixed(scale.p99 / 1000, 2)} s, max ${fixed(scale.max / 1000, 2)} s; all ${SCALE} done in ${fixed(scale.wallMs / 1000, 2)} s`,
  );
  for (const failure of scale.failures) console.log(`  ${failure}`);
  check(
    `${SCALE} runs at once: every event written once (none lost, none duplicated)`,
    scale.lost === 0 && scale.duplicated === 0 && scale.failed === 0 && scale.written === SCALE,
    `written ${scale.written}, lost ${scale.lost}, duplicated ${scale.duplicated}`,
  );
  check(
    `${SCALE} runs at once: every commit linked once`,
    scale.commitsLinked === SCALE && scale.commitItems === SCALE,
    `${scale.commitItems} items, ${scale.commitsLinked} commits`,
  );

  // 6. The crowd.
  process.stdout.write(
    `\nThe crowd: ${CROWD} runs at once into one incident, every ${CROWD_THROTTLE_EVERY}nd call throttled, finish-on-job-end, then their job ends…`,
  );
  const crowd = await crowdRuns(node, emulators.crowd, CROWD);
  console.log('');
  printTable([
    [
      'runs',
      'runs failed',
      'events lost',
      'events doubled',
      'left "started"',
      'job ends warned',
      'requests (throttled)',
      'step p50 / p99 / max s',
      'job end p50 / p99 / max s',
    ],
    [
      String(crowd.count),
      String(crowd.failed),
      String(crowd.lost),
      String(crowd.doubled),
      String(crowd.leftStarted),
      String(crowd.jobEndsWarned),
      `${crowd.requests} (${crowd.throttled})`,
      [crowd.p50, crowd.p99, crowd.max].map((ms) => fixed(ms / 1000, 2)).join(' / '),
      [crowd.endP50, crowd.endP99, crowd.endMax].map((ms) => fixed(ms / 1000, 2)).join(' / '),
    ],
  ]);
  for (const failure of crowd.failures) console.log(`  ${failure}`);
  check(
    `the crowd, ${CROWD} runs: failed / lost / doubled / left "started" 0 / 0 / 0 / 0`,
    crowd.failed + crowd.lost + crowd.doubled + crowd.leftStarted === 0 && crowd.written === CROWD,
    `${crowd.failed} / ${crowd.lost} / ${crowd.doubled} / ${crowd.leftStarted}`,
  );
  check(
    `the crowd: every step and job end inside the default deadline (${DEFAULT_DEADLINE_MS / 1000} s)`,
    Math.max(crowd.max, crowd.endMax) <= DEFAULT_DEADLINE_MS,
    `${fixed(Math.max(crowd.max, crowd.endMax) / 1000, 2)} s at most`,
  );

  console.log(`\nTargets (Node ${nodeVersion}):`);
  for (const [name, ok, value] of checks)
    console.log(`  ${ok ? 'holds ' : 'MISSED'}  ${name.padEnd(74)} ${value}`);
  if (!haveCli)
    console.log('  The AWS CLI v2 is not installed (/usr/bin/aws): its comparison was skipped.');
  if (!cert)
    console.log(
      '  openssl is not installed: the https scenarios were skipped (apt-get install openssl).',
    );
} finally {
  await emulators.stopAll();
  cert?.remove();
}
