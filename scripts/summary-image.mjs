// Renders the job summaries of a real run (the `npm start` deploy: main step and job-end step,
// against the bundled emulator) as GitHub shows them, into docs/summary.png for the README:
// Markdown to HTML with Debian's cmark-gfm (GitHub's engine, with its extensions), then a
// screenshot by headless Chromium. Needs `cmark-gfm` and `chromium` (apt-get install cmark-gfm
// chromium); not part of the tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GITHUB_ENV,
  ROOT,
  TEST_CREDENTIALS,
  runAction,
  runJobEnd,
  startEmulator,
} from './lib/harness.mjs';

const emulator = await startEmulator({
  seed: {
    incidents: [
      { responsePlan: 'checkout-api', title: 'Checkout latency above SLO', impact: 2, id: 'a1' },
    ],
  },
});
const dir = mkdtempSync(join(tmpdir(), 'ita-summary-'));
try {
  const inputs = {
    'aws-region': 'us-east-1',
    'endpoint-url': emulator.url,
    'response-plan': 'checkout-api',
    environment: 'production',
    'finish-on-job-end': 'true',
    references: '[Checkout dashboard](https://grafana.example/d/checkout)',
  };
  const env = { ...GITHUB_ENV, ...TEST_CREDENTIALS };
  const event = {
    head_commit: { id: GITHUB_ENV.GITHUB_SHA, message: 'Fix checkout retry storm (#482)' },
  };
  const main = await runAction({ inputs, env, event });
  const post = await runJobEnd(main, { inputs, env, event, status: 'success' });
  const markdown = `${main.summary}\n${post.summary}`;
  const body = execFileSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter'],
    { input: markdown, encoding: 'utf8' },
  );
  const html = `<!doctype html><meta charset="utf-8"><style>
body{font:14px/1.5 -apple-system,"Segoe UI","DejaVu Sans",sans-serif;color:#1f2328;margin:24px;max-width:940px}
h2{font-size:1.3em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em;margin:1.2em 0 .8em}
table{border-collapse:collapse;margin:0 0 16px}th,td{border:1px solid #d1d9e0;padding:6px 12px;text-align:left}
th{background:#f6f8fa}code{font:12px ui-monospace,"DejaVu Sans Mono",monospace;background:#eff1f3;padding:.1em .3em;border-radius:4px}
a{color:#0969da;text-decoration:none}blockquote{margin:0 0 16px;padding:0 1em;color:#59636e;border-left:.25em solid #d1d9e0}
</style><body>${body}</body>`;
  const page = join(dir, 'summary.html');
  writeFileSync(page, html);
  // prettier-ignore
  execFileSync('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${join(dir, 'profile')}`, '--hide-scrollbars', '--window-size=990,660',
    `--screenshot=${join(ROOT, 'docs', 'summary.png')}`, `file://${page}`,
  ], { stdio: 'ignore' });
  console.log('docs/summary.png written');
} finally {
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
}
