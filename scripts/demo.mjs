// `npm start`: the action's main job against the embedded emulator, on a fresh clone without
// `npm install`. Starts the bundled emulator, seeds open incidents, runs dist/index.js exactly as
// the runner does for a deployment marked with finish-on-job-end, lets the "deploy" run, runs the
// job-end step dist/post/index.js with the state the main step saved and the job's status as the
// runner evaluates it for that stage, then shows the outputs, the job summaries and the timeline.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  GITHUB_ENV,
  TEST_CREDENTIALS,
  runAction,
  runJobEnd,
  runnerLog,
  startEmulator,
} from './lib/harness.mjs';

const seed = {
  responsePlans: [
    {
      name: 'checkout-api',
      displayName: 'Checkout API',
      incidentTemplate: { title: 'Checkout API degraded', impact: 3 },
    },
    { name: 'search', incidentTemplate: { title: 'Search degraded', impact: 4 } },
  ],
  incidents: [
    {
      responsePlan: 'checkout-api',
      title: 'Checkout latency above SLO',
      impact: 2,
      status: 'OPEN',
    },
    {
      responsePlan: 'checkout-api',
      title: 'Card payments failing (resolved)',
      impact: 1,
      status: 'RESOLVED',
    },
    { responsePlan: 'search', title: 'Search results stale', impact: 4, status: 'OPEN' },
  ],
};

const rule = (title) => console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
const time = (epochSeconds) => `${new Date(epochSeconds * 1000).toISOString().slice(0, 19)}Z`;

const emulator = await startEmulator({ seed });
let code;
try {
  console.log(`Incident Manager emulator: ${emulator.url}`);
  const inputs = {
    'aws-region': 'us-east-1',
    'endpoint-url': emulator.url,
    'response-plan': 'checkout-api',
    environment: 'production',
    'finish-on-job-end': 'true',
    'fail-on-error': 'false',
    'max-attempts': '3',
  };
  rule('workflow step');
  console.log('uses: acme/incident-timeline-action@v1\nwith:');
  for (const [name, value] of Object.entries(inputs)) console.log(`  ${name}: ${value}`);

  const env = { ...GITHUB_ENV, ...TEST_CREDENTIALS };
  const event = {
    ref: 'refs/heads/main',
    head_commit: { id: GITHUB_ENV.GITHUB_SHA, message: 'Cache card tokens for 5 minutes' },
  };
  const show = (label, run) => {
    rule(`${label} (exit code ${run.code}, ${run.durationMs.toFixed(0)} ms)`);
    // As the runner's log viewer shows it: masks applied, groups and annotations, no raw commands.
    process.stdout.write(runnerLog(run.stdout));
    // On Node 20 the SDK warns that its 2027 releases need Node 22; the runner's node24 does not.
    if (run.code !== 0) process.stdout.write(run.stderr);
  };

  // The inputs not given take action.yml's defaults, evaluated as the runner does.
  const main = await runAction({ inputs, env, event });
  show('main step log', main);
  rule('outputs');
  for (const [name, value] of Object.entries(main.outputs))
    console.log(`${name.padEnd(14)} ${value}`);

  // The job's other steps: the deploy runs (a moment here) and succeeds.
  rule('the deploy runs; then the job ends');
  await sleep(1500);
  console.log('Deploy: success (job.status is success when the job-end step starts)');
  const post = await runJobEnd(main, { inputs, env, event, status: 'success' });
  show('job-end step log (runs.post)', post);

  rule('job summary (Markdown)');
  console.log(`${main.summary.trim()}\n\n${post.summary.trim()}`);

  rule('incident timelines');
  const state = await emulator.state();
  for (const incident of state.incidents) {
    console.log(
      `\n${incident.title}  [${incident.status}, impact ${incident.impact}]\n  ${incident.arn}`,
    );
    const events = [...incident.timelineEvents].sort((a, b) => a.eventTime - b.eventTime);
    for (const event of events) {
      let text = event.eventData;
      try {
        const parsed = JSON.parse(text);
        if (typeof parsed === 'string') text = parsed;
      } catch {
        // raw text
      }
      console.log(`  ${time(event.eventTime)}  ${event.eventType.padEnd(12)}  ${text}`);
      for (const ref of event.eventReferences ?? []) {
        const related = incident.relatedItems.find(
          (item) => item.generatedId === ref.relatedItemId,
        );
        const target =
          ref.resource ??
          `${related?.title ?? ref.relatedItemId} ${related?.identifier.value.url ?? ''}`;
        console.log(`  ${' '.repeat(22)}↳ ${target.trim()}`);
      }
    }
    if (events.length === 0) console.log('  (no events)');
  }
  code = main.code === 0 && post.code === 0 ? 0 : 1;
} finally {
  await emulator.stop();
}
process.exit(code);
