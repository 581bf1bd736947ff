// The crowd: an outage, when every team pushes a fix into the same incident at once and the
// service throttles them. N runs start at once against one incident, every second call to the
// emulator throttled, with the default inputs and finish-on-job-end; then their jobs end, at
// once too, under the same throttling. Every run must write its event once, and every job end
// must finish it: none lost, none written twice, none left saying "started".
import { runAction, runJobEnd } from '../lib/harness.mjs';
import { deployEnv, incidentArn } from './deployments.mjs';
import { quantile } from './measure.mjs';

export const CROWD_THROTTLE_EVERY = 2;

export function crowdSeed() {
  return {
    incidents: [{ responsePlan: 'outage', title: 'Regional outage', impact: 1, id: 'crowd' }],
  };
}

const repositoryOf = (text) => /acme\/fix-\d{3}/.exec(text)?.[0] ?? '?';

export async function crowdRuns(node, emulator, count) {
  await emulator.reset();
  await emulator.fault({ type: 'throttle', every: CROWD_THROTTLE_EVERY });
  const steps = Array.from({ length: count }, (_, i) => {
    const repository = `acme/fix-${String(i + 1).padStart(3, '0')}`;
    const env = {
      ...deployEnv(emulator.url, { 'response-plan': 'outage', 'finish-on-job-end': 'true' }),
      GITHUB_REPOSITORY: repository,
    };
    return { repository, env };
  });
  const started = performance.now();
  const mains = await Promise.all(steps.map(({ env }) => runAction({ node, env })));
  const mainWallMs = performance.now() - started;
  const jobEnds = await Promise.all(steps.map(({ env }, i) => runJobEnd(mains[i], { node, env })));
  const wallMs = performance.now() - started;

  const state = await emulator.state();
  const requests = await emulator.requests();
  const incident = state.incidents.find((i) => i.arn === incidentArn('outage', 'crowd'));
  const events = incident.timelineEvents.filter((e) => e.eventType === 'Custom Event');
  const eventIds = new Set(events.map((e) => e.eventId));
  const failed = mains.filter((r) => r.code !== 0 || !r.outputs['event-id']);
  // The job-end step never fails the job; one that could not finish its event says so in a warning.
  const jobEndsWarned = jobEnds.filter((r) => /::warning/.test(r.stdout));
  const lost = mains.filter((r) => !eventIds.has(r.outputs['event-id'])).length;
  const perRepository = new Map();
  for (const event of events) {
    const repository = repositoryOf(event.eventData);
    perRepository.set(repository, (perRepository.get(repository) ?? 0) + 1);
  }
  const doubled = [...perRepository.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const started_ = events.filter((e) => /\bstarted\b/.test(e.eventData)).length;
  const times = mains.map((r) => r.durationMs);
  const endTimes = jobEnds.map((r) => r.durationMs);
  const failures = [...failed, ...jobEndsWarned]
    .slice(0, 3)
    .map((r) => `exit ${r.code}\n${r.stdout}${r.stderr}`);
  return {
    count,
    written: events.length,
    failed: failed.length,
    jobEndsWarned: jobEndsWarned.length,
    lost,
    doubled,
    leftStarted: started_,
    requests: requests.length,
    throttled: requests.filter((q) => q.fault === 'throttle').length,
    failures,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    max: Math.max(...times),
    endP50: quantile(endTimes, 0.5),
    endP99: quantile(endTimes, 0.99),
    endMax: Math.max(...endTimes),
    mainWallMs,
    wallMs,
  };
}
