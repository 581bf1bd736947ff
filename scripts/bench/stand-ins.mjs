// `npm run bench -- --stand-ins`: what each stand-in of src/bundle/ saves a run. The bundle is
// built once as shipped and once without each stand-in's mapping (scripts/package.mjs --without),
// into a temporary directory; every round runs each run kind once with every build, the builds
// one after another in an order that turns each round, so that a busy machine slows them alike.
// A stand-in's saving is, per round, the build without it minus the build as shipped (the same
// run kind, moments apart), and its median over the rounds; the spread is the quartiles of those
// differences. A stand-in is worth keeping if it saves 10 ms of CPU time or 5 MB of peak RSS on
// the runs that would load its real module without it: every run (a known ARN, no role, the commit
// in the payload) for a module that @actions/core's imports reach, as undici is; the run with an
// OIDC role and the one that reads the commit from GitHub show what it saves the runs that load
// more. CPU time decides, as in the start-up rows: on a shared machine the wall time is printed
// only as a sign.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../lib/harness.mjs';
import { deployEnv, incidentArn, startEmulators } from './deployments.mjs';
import { fixed, measure, printTable, quantile, stats, tempDir } from './measure.mjs';

/**
 * The stand-ins scripts/package.mjs maps, by the name its `--without` takes, each with the run
 * kinds that would load its real module without it: those it is judged by.
 */
export const STAND_INS = {
  // @actions/http-client, which @actions/core imports on every run, imports undici's ProxyAgent.
  undici: ['known'],
};

/** What a stand-in must save (median CPU time or peak RSS) on a run it is judged by. */
export const KEEP_IF = { cpuMs: 10, rssMb: 5 };

const SHA = '5e6f708192a3b4c5d6e7f80912a3b4c51a2b3c4d';

/** Three incidents (one per run kind) and the commit the GitHub read finds. */
function seed() {
  return {
    incidents: ['known', 'oidc', 'commit'].map((id) => ({
      responsePlan: 'checkout-api',
      title: `Checkout latency above SLO (${id})`,
      impact: 2,
      id,
    })),
    githubCommits: [
      {
        repository: 'acme/shop',
        commits: [{ sha: SHA, message: 'Fix checkout retry storm (#482)\n\nDetails.' }],
      },
    ],
  };
}

/** The run kinds: the first decides; each of the others loads a real module behind a stand-in. */
function runKinds(url) {
  return [
    {
      key: 'known',
      label: 'known ARN, http (every run)',
      env: () => deployEnv(url, { 'incident-arn': incidentArn('checkout-api', 'known') }),
    },
    {
      key: 'oidc',
      label: 'role-to-assume with OIDC (an OIDC token request)',
      env: () =>
        deployEnv(
          url,
          {
            'incident-arn': incidentArn('checkout-api', 'oidc'),
            'role-to-assume': 'arn:aws:iam::123456789012:role/deploy',
          },
          {
            AWS_ACCESS_KEY_ID: '',
            AWS_SECRET_ACCESS_KEY: '',
            AWS_ENDPOINT_URL_STS: url,
            ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/_emulator/oidc/token?x=1`,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bench-request-token',
          },
        ),
    },
    {
      key: 'commit',
      label: 'commit subject read from GitHub (loads @actions/github)',
      env: () =>
        deployEnv(
          url,
          {
            'incident-arn': incidentArn('checkout-api', 'commit'),
            'github-token': 'bench-github-token',
            'link-commit': 'false',
          },
          { GITHUB_API_URL: `${url}/_github`, GITHUB_SHA: SHA },
        ),
      // A payload without the commit (a workflow_dispatch's), so the action asks GitHub for it.
      event: { ref: 'refs/heads/main' },
    },
  ];
}

/** Builds the bundle as shipped (`shipped`) and once without each stand-in, under `dir`. */
function buildVariants(dir, progress) {
  const variants = [
    { key: 'shipped', without: [] },
    ...Object.keys(STAND_INS).map((name) => ({ key: name, without: [name] })),
  ];
  for (const [i, v] of variants.entries()) {
    progress(
      `building ${i + 1}/${variants.length}${v.without.length ? ` (without ${v.key})` : ''}`,
    );
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'scripts', 'package.mjs'),
        '--out',
        join(dir, v.key),
        ...v.without.flatMap((name) => ['--without', name]),
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    v.entry = join(dir, v.key, 'index.js');
  }
  return variants;
}

/**
 * Measures every run kind with every build, `rounds` interleaved rounds after one warm-up round,
 * and prints each stand-in's saving. Resolves the savings by stand-in and run kind.
 */
export async function benchStandIns({ node, rounds }) {
  const say = (line) => {
    if (process.stdout.isTTY) process.stdout.write(`\r${line}`.padEnd(60));
  };
  const build = tempDir('ita-stand-ins-');
  const emulators = await startEmulators({ http: { seed: seed() } });
  try {
    const variants = buildVariants(build.dir, say);
    const kinds = runKinds(emulators.http.url);
    const samples = new Map(kinds.flatMap((k) => variants.map((v) => [`${k.key}/${v.key}`, []])));
    const runOnce = (kind, variant) =>
      measure(node, [variant.entry], kind.env(), { event: kind.event });
    for (let round = -1; round < rounds; round++) {
      await emulators.http.reset();
      await new Promise((resolve) => setTimeout(resolve, 150));
      for (const kind of kinds) {
        // Each build leads in turn, and every other round the order runs backwards.
        const turned = variants.map((_, i) => variants[(i + Math.max(round, 0)) % variants.length]);
        for (const variant of round % 2 ? turned.reverse() : turned) {
          const result = await runOnce(kind, variant);
          if (round >= 0) samples.get(`${kind.key}/${variant.key}`).push(result);
        }
      }
      if (round >= 0) say(`stand-ins: round ${round + 1}/${rounds}`);
    }
    if (process.stdout.isTTY) process.stdout.write('\n');
    return report(kinds, variants, samples, rounds);
  } finally {
    await emulators.stopAll();
    build.remove();
  }
}

/** Per-round differences (without − shipped), their median and quartiles. */
function savings(without, shipped, field) {
  const diffs = without.map((x, i) => x[field] - shipped[i][field]).filter((d) => !Number.isNaN(d));
  if (diffs.length === 0) return { median: Number.NaN, q1: Number.NaN, q3: Number.NaN };
  return { median: stats(diffs).median, q1: quantile(diffs, 0.25), q3: quantile(diffs, 0.75) };
}

function report(kinds, variants, samples, rounds) {
  const result = {};
  const spread = (s) => `${fixed(s.median)} (${fixed(s.q1)} to ${fixed(s.q3)})`;
  console.log(
    `\nStand-ins: what each saves, the build without it minus the build as shipped, ${rounds} interleaved rounds; median (quartiles) of the per-round differences`,
  );
  for (const kind of kinds) {
    const shipped = samples.get(`${kind.key}/shipped`);
    const base = ['cpuMs', 'ms', 'rssMb'].map((f) => stats(shipped.map((x) => x[f])).median);
    console.log(
      `\n${kind.label}: as shipped, CPU ${fixed(base[0])} ms, wall ${fixed(base[1])} ms, peak RSS ${fixed(base[2])} MB (medians)`,
    );
    // The share of the shipped run's CPU time scales a saving to a quieter machine's figures.
    const rows = [
      ['stand-in', 'CPU ms saved', 'share of CPU', 'wall ms saved', 'peak RSS MB saved'],
    ];
    for (const v of variants.filter((x) => x.key !== 'shipped')) {
      const without = samples.get(`${kind.key}/${v.key}`);
      const [cpu, wall, rss] = ['cpuMs', 'ms', 'rssMb'].map((f) => savings(without, shipped, f));
      (result[v.key] ??= {})[kind.key] = { cpu, wall, rss };
      const share = `${fixed((100 * cpu.median) / base[0])} %`;
      rows.push([v.key, spread(cpu), share, spread(wall), spread(rss)]);
    }
    printTable(rows);
  }
  console.log(
    `\nA stand-in earns its keep if, on a run kind that would load its real module without it, it saves a median ${KEEP_IF.cpuMs} ms of CPU time or ${KEEP_IF.rssMb} MB of peak RSS (wall time, on a shared machine, only as a sign):`,
  );
  for (const [name, judgedBy] of Object.entries(STAND_INS)) {
    const earnsOn = judgedBy.filter(
      (kind) =>
        result[name][kind].cpu.median >= KEEP_IF.cpuMs ||
        result[name][kind].rss.median >= KEEP_IF.rssMb,
    );
    console.log(
      `  ${earnsOn.length ? 'earns its keep' : 'does not earn '}  ${name.padEnd(12)} judged by: ${judgedBy.map((k) => kinds.find((x) => x.key === k).label).join('; ')}`,
    );
  }
  return result;
}
