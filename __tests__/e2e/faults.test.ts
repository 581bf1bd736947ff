/**
 * The bundle under the failures of a real network and service, injected by the emulator: retries land
 * exactly one event, errors that a retry cannot fix are not retried, and a re-run of the same step
 * is recognised through its idempotency token. On the runner's node24 only: the retry logic is
 * the bundle's, not the Node version's.
 */
import { describe, expect, it } from 'vitest';
import {
  NODE_24,
  allUserEvents,
  commands,
  incidentArn,
  incidentIn,
  parseJson,
  runStep,
  settled,
  useEmulator,
  useNode,
  userEvents,
  type RecordedRequest,
  type ResultEntry,
} from './helpers.js';

const ARN = incidentArn('checkout-api', 'fault-target');
const SEED = {
  incidents: [
    { responsePlan: 'checkout-api', id: 'fault-target', title: 'Checkout latency', impact: 2 },
  ],
};

type WriteBody = { clientToken?: string; eventData?: string };
const token = (r: RecordedRequest) => (r.body as WriteBody).clientToken;
/** A request's fate: its error status, `ok` for any 2xx (CreateTimelineEvent answers 201), or `dropped`. */
const fate = (r: RecordedRequest) =>
  r.status === 0
    ? 'dropped'
    : r.status !== null && r.status >= 200 && r.status < 300
      ? 'ok'
      : r.status;

describe('faults, on Node 24', () => {
  const node = useNode(NODE_24);
  const emulator = useEmulator();
  const step = (options: Omit<Parameters<typeof runStep>[0], 'node' | 'emulator'>) =>
    runStep({ node: node.path, emulator: emulator.current, ...options });
  const log = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`;

  /** Exactly one event on the target, and it is the one the step reported. */
  async function expectOneEvent(run: { outputs: Record<string, string> }) {
    const events = userEvents(incidentIn(await emulator.current.state(), ARN));
    expect(events).toHaveLength(1);
    expect(run.outputs['event-id']).toBe(events[0]!.eventId);
    expect(run.outputs.outcome).toBe('created');
    return events[0]!;
  }

  it('retries throttling three times, then writes exactly one event', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault({ type: 'throttle', count: 3, operation: 'CreateTimelineEvent' });

    const run = await step({
      inputs: { 'incident-arn': ARN, status: 'succeeded', 'max-attempts': '5' },
    });

    expect(run.code, log(run)).toBe(0);
    await expectOneEvent(run);
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(creates.map(fate)).toEqual([429, 429, 429, 'ok']);
    // The SDK resends the same request: one token, one write.
    expect(new Set(creates.map(token)).size).toBe(1);
    expect(run.durationMs).toBeLessThan(25_000);
  });

  it('retries 5xx answers (500 and 503), then writes exactly one event', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault({
      type: 'server-error',
      count: 2,
      operation: 'CreateTimelineEvent',
    });
    await emulator.current.fault({
      type: 'unavailable',
      count: 1,
      operation: 'CreateTimelineEvent',
    });

    const run = await step({
      inputs: { 'incident-arn': ARN, status: 'succeeded', 'max-attempts': '5' },
    });

    expect(run.code, log(run)).toBe(0);
    await expectOneEvent(run);
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(creates.map(fate)).toEqual([500, 500, 503, 'ok']);
    expect(new Set(creates.map(token)).size).toBe(1);
  });

  it('does not retry AccessDeniedException and names the IAM action to allow', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault({
      type: 'access-denied',
      operation: 'CreateTimelineEvent',
      count: 5,
    });

    const run = await step({
      inputs: { 'incident-arn': ARN, status: 'succeeded', 'max-attempts': '5' },
    });

    expect(run.code, log(run)).toBe(1);
    // Exactly one try: an access error is never retried, neither by the SDK nor by the action.
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(creates.map((r) => [r.status, r.errorType, r.fault])).toEqual([
      [403, 'AccessDeniedException', 'access-denied'],
    ]);
    const errors = commands(run.stdout, 'error').join('\n');
    expect(errors).toMatch(/denied/i);
    expect(errors).toContain('ssm-incidents:CreateTimelineEvent');
    const results = parseJson<ResultEntry[]>(run.outputs.results);
    expect(results).toEqual([expect.objectContaining({ incidentArn: ARN, action: 'failed' })]);
    expect(results[0]!.error).toContain('ssm-incidents:CreateTimelineEvent');
    expect(run.outputs.outcome).toBe('failed');
    expect(allUserEvents(await emulator.current.state())).toEqual([]);
  });

  it('posts without the commit link, with a warning, when related items are denied', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault({ type: 'access-denied', operation: 'ListRelatedItems' });

    const run = await step({ inputs: { 'incident-arn': ARN, status: 'succeeded' } });

    expect(run.code, log(run)).toBe(0);
    const lists = await emulator.current.requests('ListRelatedItems');
    expect(lists.map((r) => [r.status, r.errorType, r.fault])).toEqual([
      [403, 'AccessDeniedException', 'access-denied'],
    ]);
    const event = await expectOneEvent(run);
    expect(event.eventReferences ?? []).toEqual([]);
    const warnings = commands(run.stdout, 'warning').join('\n');
    expect(warnings).toMatch(/link-commit/);
    expect(warnings).toContain('ssm-incidents:ListRelatedItems');
    expect(await emulator.current.requests('UpdateRelatedItems')).toEqual([]);
  });

  it('does not retry a ValidationException and shows what the service rejected', async () => {
    await emulator.current.seed(SEED);
    const unknownItem = 'related-item/OTHER/0123456789ABCDEF0123456789ABCDEF';

    const run = await step({
      inputs: {
        'incident-arn': ARN,
        status: 'succeeded',
        references: unknownItem,
        'max-attempts': '5',
      },
    });

    expect(run.code, log(run)).toBe(1);
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(creates).toHaveLength(1);
    expect(creates[0]!.status).toBe(400);
    expect(creates[0]!.errorType).toBe('ValidationException');
    const errors = commands(run.stdout, 'error').join('\n');
    expect(errors).toMatch(/CreateTimelineEvent was rejected as invalid/);
    expect(errors).toContain(unknownItem);
    expect(allUserEvents(await emulator.current.state())).toEqual([]);
  });

  it('recognises its own earlier try: re-running the same step writes no second event', async () => {
    await emulator.current.seed(SEED);
    const inputs = { 'incident-arn': ARN, 'event-data': 'Deployed {short_sha} to production' };

    const first = await step({ inputs });
    expect(first.code, log(first)).toBe(0);
    const again = await step({ inputs });

    expect(again.code, log(again)).toBe(0);
    const event = await expectOneEvent(again);
    expect(first.outputs['event-id']).toBe(event.eventId);
    expect(again.outputs['event-ids']).toBe(JSON.stringify([event.eventId]));
    expect(again.stdout).toMatch(/earlier try/);
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(creates).toHaveLength(2);
    expect(token(creates[0]!)).toBe(token(creates[1]!));
  });

  it('writes a new event for a re-run of the workflow (GITHUB_RUN_ATTEMPT=2)', async () => {
    await emulator.current.seed(SEED);
    // The same text in both attempts: only the attempt, through the token, tells them apart.
    const inputs = { 'incident-arn': ARN, 'event-data': 'Deployed {short_sha} to production' };

    const first = await step({ inputs, env: { GITHUB_RUN_ATTEMPT: '1' } });
    const rerun = await step({ inputs, env: { GITHUB_RUN_ATTEMPT: '2' } });

    expect(first.code, log(first)).toBe(0);
    expect(rerun.code, log(rerun)).toBe(0);
    const events = userEvents(incidentIn(await emulator.current.state(), ARN));
    expect(events).toHaveLength(2);
    expect(events[0]!.eventData).toBe(events[1]!.eventData);
    expect(new Set([first.outputs['event-id'], rerun.outputs['event-id']])).toEqual(
      new Set(events.map((e) => e.eventId)),
    );
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(token(creates[0]!)).not.toBe(token(creates[1]!));
  });

  it('retries a request that timed out and still writes exactly one event', async () => {
    await emulator.current.seed(SEED);
    // The slow first try is answered after the client gave up, and the service still performs it.
    await emulator.current.fault({
      type: 'latency',
      latencyMs: 2500,
      count: 1,
      operation: 'CreateTimelineEvent',
    });

    const run = await step({
      inputs: { 'incident-arn': ARN, status: 'succeeded', 'max-attempts': '5' },
      env: { INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '1000' },
    });

    // The slow first try must be over before anything is asserted (or the next test starts).
    const requests = await settled(emulator.current);
    expect(run.code, log(run)).toBe(0);
    const creates = requests.filter((r) => r.operation === 'CreateTimelineEvent');
    expect(creates.length).toBeGreaterThanOrEqual(2);
    expect(creates[0]!.fault).toBe('latency');
    expect(new Set(creates.map(token)).size).toBe(1);
    await expectOneEvent(run);
    expect(run.durationMs).toBeLessThan(30_000);
  });

  it('retries a dropped connection and writes exactly one event', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault({ type: 'drop', count: 1, operation: 'CreateTimelineEvent' });

    const run = await step({
      inputs: { 'incident-arn': ARN, status: 'succeeded', 'max-attempts': '5' },
    });

    expect(run.code, log(run)).toBe(0);
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(creates.map(fate)).toEqual(['dropped', 'ok']);
    await expectOneEvent(run);
  });

  it('retries a dropped connection while searching', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault({ type: 'drop', count: 1, operation: 'ListIncidentRecords' });

    const run = await step({ inputs: { 'response-plan': 'checkout-api', status: 'succeeded' } });

    expect(run.code, log(run)).toBe(0);
    const lists = await emulator.current.requests('ListIncidentRecords');
    expect(lists.map(fate)).toEqual(['dropped', 'ok']);
    await expectOneEvent(run);
  });
});
