// `npm start`: the action's main job against the embedded emulator, on a fresh clone without
// `npm install`. Starts the bundled emulator, seeds open incidents, runs dist/index.js exactly as
// the runner does for a deployment, then shows the outputs, the job summary and the timeline.
import { GITHUB_ENV, TEST_CREDENTIALS, runAction, startEmulator } from './lib/harness.mjs';

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
    status: 'succeeded',
    environment: 'production',
    'max-attempts': '3',
  };
  rule('workflow step');
  console.log('uses: acme/incident-timeline-action@v1\nwith:');
  for (const [name, value] of Object.entries(inputs)) console.log(`  ${name}: ${value}`);

  const run = await runAction({
    inputs,
    env: { ...GITHUB_ENV, ...TEST_CREDENTIALS },
    event: { ref: 'refs/heads/main', head_commit: { message: 'Cache card tokens for 5 minutes' } },
  });
  rule(`action log (exit code ${run.code}, ${run.durationMs.toFixed(0)} ms)`);
  process.stdout.write(run.stdout.replace(/^::debug::.*\n/gm, ''));
  // On Node 20 the SDK warns that its 2027 releases need Node 22; the runner's node24 does not.
  if (run.code !== 0) process.stdout.write(run.stderr);

  rule('outputs');
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`${name.padEnd(14)} ${value}`);

  rule('job summary (Markdown)');
  console.log(run.summary.trim());

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
  code = run.code === 0 ? 0 : 1;
} finally {
  await emulator.stop();
}
process.exit(code);
