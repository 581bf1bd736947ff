// Scale: many repositories deploying during one incident. N action runs start at once against one
// emulator, each a different repository with its own commit, each finding the incident by its
// response plan and linking its commit. Every run must write exactly one event, none lost and none
// twice, and every commit must be linked once.
import { runAction } from '../lib/harness.mjs';
import { deployEnv, incidentArn } from './deployments.mjs';
import { quantile } from './measure.mjs';

export function scaleSeed() {
  return {
    incidents: [{ responsePlan: 'outage', title: 'Regional outage', impact: 1, id: 'outage' }],
  };
}

export async function concurrentRuns(node, emulator, count) {
  await emulator.reset();
  const started = performance.now();
  const runs = await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const repository = `acme/service-${String(i + 1).padStart(3, '0')}`;
      const env = deployEnv(emulator.url, { 'response-plan': 'outage', select: 'all' });
      return runAction({ node, env: { ...env, GITHUB_REPOSITORY: repository } }).then((run) => ({
        ...run,
        repository,
      }));
    }),
  );
  const wallMs = performance.now() - started;

  const state = await emulator.state();
  const incident = state.incidents.find((i) => i.arn === incidentArn('outage', 'outage'));
  const events = incident.timelineEvents.filter((e) => e.eventType === 'Custom Event');
  const eventIds = new Set(events.map((e) => e.eventId));
  const failed = runs.filter((r) => r.code !== 0 || !r.outputs['event-id']);
  // An event is lost when its run reports an ID the timeline does not have (or no ID at all);
  // written twice when the timeline has more events from one repository than it ran.
  const lost = runs.filter((r) => !eventIds.has(r.outputs['event-id'])).length;
  const perRepository = new Map();
  for (const event of events) {
    const repository = /acme\/service-\d{3}/.exec(event.eventData)?.[0] ?? '?';
    perRepository.set(repository, (perRepository.get(repository) ?? 0) + 1);
  }
  const duplicated = [...perRepository.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const commitItems = incident.relatedItems.filter((item) => item.identifier?.value?.url);
  const commitUrls = new Set(commitItems.map((item) => item.identifier.value.url));
  const times = runs.map((r) => r.durationMs);
  return {
    count,
    wallMs,
    written: events.length,
    lost,
    duplicated,
    failed: failed.length,
    failures: failed
      .slice(0, 3)
      .map((r) => `${r.repository}: exit ${r.code}\n${r.stdout}${r.stderr}`),
    commitsLinked: commitUrls.size,
    commitItems: commitItems.length,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    max: Math.max(...times),
  };
}
