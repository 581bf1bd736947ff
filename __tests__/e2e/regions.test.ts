/**
 * Several regions, end to end on node24: the bundle with `aws-region: us-east-1,
 * us-west-2` against the emulator, which serves every region a request is signed for and takes
 * one region down with faults (drop, 5xx, a stall, a lost answer). Time limits are lowered so that
 * each case ends within seconds.
 */
import { describe, expect, it } from 'vitest';
import { POST, type FaultSpec } from '../../scripts/lib/harness.mjs';
import {
  allUserEvents,
  commands,
  oneIncident,
  runAction,
  runnerEnv,
  useEmulator,
  useNode,
  type ActionRun,
  type RecordedRequest,
} from './helpers.js';

const { arn: ARN, seed: SEED } = oneIncident('open');
const LIMITS = {
  INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS: '500',
  INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '1000',
  INCIDENT_TIMELINE_DEADLINE_MS: '12000',
};
const down = (type: FaultSpec['type'], extra: Partial<FaultSpec> = {}): FaultSpec => ({
  type,
  region: 'us-east-1',
  every: 1,
  ...extra,
});

describe('several regions on node24', () => {
  const node = useNode();
  const emulator = useEmulator();
  const log = (run: { stdout: string; stderr: string }) => `${run.stdout}\n${run.stderr}`;

  const step = (
    inputs: Record<string, string> = {},
    extra: { entry?: string; state?: Record<string, string>; status?: string } = {},
  ): Promise<ActionRun> =>
    runAction({
      node: node.path,
      inputs: {
        'aws-region': 'us-east-1, us-west-2',
        'endpoint-url': emulator.current.url,
        'incident-arn': ARN,
        'link-commit': 'false',
        'max-attempts': '2',
        ...inputs,
      },
      env: runnerEnv(LIMITS),
      ...(extra.entry ? { entry: extra.entry, state: extra.state ?? {} } : {}),
      ...(extra.status ? { contexts: { job: { status: extra.status } } } : {}),
    });

  const regionsOf = (requests: RecordedRequest[], operation: string) =>
    requests.filter((r) => r.operation === operation).map((r) => r.region);

  it.each([
    ['drops every connection', down('drop'), /the connection was dropped/],
    ['answers 500', down('server-error'), /it answered 500 \(InternalServerException\)/],
    ['stalls', down('latency', { latencyMs: 60_000 }), /did not answer/],
  ])(
    'the first region %s: one event, written through the second within the deadline, and said',
    async (_, fault, why) => {
      await emulator.current.seed(SEED);
      await emulator.current.fault(fault);
      const started = Date.now();
      const run = await step();
      expect(run.code, log(run)).toBe(0);
      expect(Date.now() - started).toBeLessThan(12_000);
      const events = allUserEvents(await emulator.current.state());
      expect(events).toHaveLength(1);
      const requests = await emulator.current.requests();
      expect(regionsOf(requests, 'CreateTimelineEvent').at(-1)).toBe('us-west-2');
      const warning = commands(run.stdout, 'warning').join('\n');
      expect(warning).toMatch(/^us-east-1 is unavailable: /);
      expect(warning).toMatch(why);
      expect(warning).toContain('The rest of the run goes to us-west-2.');
      expect(run.summary).toContain('created in us\\-west\\-2');
      expect(run.summary).toContain('The rest of the run went to us\\-west\\-2');
      expect(run.summary).toContain('incidents/home?region=us-west-2');
    },
    20_000,
  );

  it('a 4xx in the first region moves nothing: throttling is an answer, not an outage', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault(down('throttle', { operation: 'CreateTimelineEvent' }));
    const run = await step();
    expect(run.code).toBe(1);
    expect(commands(run.stdout, 'error').join('\n')).toMatch(/ThrottlingException|throttled/);
    const requests = await emulator.current.requests();
    expect(requests.filter((r) => r.region === 'us-west-2')).toEqual([]);
    expect(commands(run.stdout, 'warning').join('\n')).not.toContain('unavailable');
  });

  it('a lost answer: looked for in the next region first, and written once', async () => {
    await emulator.current.seed(SEED);
    // Every create in us-east-1 is written, and its answer lost (the SDK's retries included).
    await emulator.current.fault(down('lose-answer', { operation: 'CreateTimelineEvent' }));
    const run = await step();
    expect(run.code, log(run)).toBe(0);
    expect(allUserEvents(await emulator.current.state())).toHaveLength(1);
    const requests = await emulator.current.requests();
    // Looked for in us-west-2, found there (replicated at once), and not written again.
    expect(regionsOf(requests, 'ListTimelineEvents')).toContain('us-west-2');
    expect(regionsOf(requests, 'CreateTimelineEvent')).not.toContain('us-west-2');
    expect(run.stdout).toMatch(
      /us-east-1 became unavailable after the event was sent to it; it had written event .*, found in us-west-2/,
    );
    expect(commands(run.stdout, 'warning').join('\n')).not.toContain('twice');
  });

  it.each([
    ['known only where it was used', 'region', 2],
    ['known in every region', 'global', 1],
  ] as const)(
    'a lost answer not yet replicated (tokens %s): at most one duplicate, and it is said',
    async (_, clientTokenScope, written) => {
      await emulator.current.seed(SEED);
      await emulator.current.settings({ replicationLagMs: 60_000, clientTokenScope });
      await emulator.current.fault(down('lose-answer', { operation: 'CreateTimelineEvent' }));
      const run = await step();
      expect(run.code, log(run)).toBe(0);
      expect(allUserEvents(await emulator.current.state())).toHaveLength(written);
      const warning = commands(run.stdout, 'warning').join('\n');
      expect(warning).toContain(
        'us-east-1 became unavailable after the event was sent to it, and us-west-2 did not show it yet, so it was written in us-west-2: if us-east-1 had written it too, the timeline shows it twice once the regions replicate.',
      );
      expect(run.summary).toContain('perhaps twice');
      expect(run.summary).toContain('shows it twice once the regions replicate');
    },
  );

  it('the job end after a failover goes straight to the region its step wrote in', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault(down('drop'));
    const main = await step({ 'finish-on-job-end': 'true' });
    expect(main.code, log(main)).toBe(0);
    const before = (await emulator.current.requests()).length;
    const post = await step(
      { 'finish-on-job-end': 'true' },
      {
        entry: POST,
        state: main.state,
        status: 'success',
      },
    );
    expect(post.code, log(post)).toBe(0);
    const postRequests = (await emulator.current.requests()).slice(before);
    expect(postRequests.map((r) => r.region)).toEqual(['us-west-2', 'us-west-2']);
    const [event] = allUserEvents(await emulator.current.state());
    expect(JSON.parse(event!.eventData)).toMatch(/^Deployment succeeded: /);
    expect(commands(post.stdout, 'warning')).toEqual([]);
  });

  it('with one region given, an outage is a failure as before', async () => {
    await emulator.current.seed(SEED);
    await emulator.current.fault(down('server-error'));
    const run = await step({ 'aws-region': 'us-east-1' });
    expect(run.code).toBe(1);
    expect(commands(run.stdout, 'error').join('\n')).toMatch(/InternalServerException/);
    expect(allUserEvents(await emulator.current.state())).toEqual([]);
  });
});
