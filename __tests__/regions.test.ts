/**
 * Units of failing over across the replication set: the `aws-region` list (inputs), when a region
 * counts as unavailable, and the route from one region to the next with each region's share of
 * the time (aws/regions).
 */
import { describe, expect, it, vi } from 'vitest';
import type { SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
import { AwsCallError } from '../src/aws/call-error.js';
import { RegionFailoverError, RegionRoute, regionUnavailable } from '../src/aws/regions.js';
import { Deadline } from '../src/runtime/deadline.js';
import { getInputs } from '../src/read/inputs.js';

const ARN = 'arn:aws:ssm-incidents::111122223333:incident-record/p/1';

describe('aws-region', () => {
  const regions = (value: string, env: Record<string, string> = {}) =>
    getInputs((name) => ({ 'aws-region': value, 'incident-arn': ARN })[name] ?? '', env).then(
      (inputs) => inputs.regions,
    );

  it('takes one region, or the replication set in order of preference', async () => {
    expect(await regions('us-east-1')).toEqual(['us-east-1']);
    expect(await regions('us-east-1, us-west-2\neu-west-1')).toEqual([
      'us-east-1',
      'us-west-2',
      'eu-west-1',
    ]);
    expect(await regions('', { AWS_REGION: 'eu-central-1' })).toEqual(['eu-central-1']);
  });

  it.each([
    ['us-east-1,us-east-1', /lists 'us-east-1' twice; name each region once/],
    [
      'us-east-1,us-west-2,eu-west-1,ap-south-1',
      /lists 4 regions; a replication set has at most 3/,
    ],
    ['us-east-1,Virginia', /'Virginia' is not a region name/],
  ])('refuses %j', async (value, message) => {
    await expect(regions(value)).rejects.toThrow(message);
  });

  it('names the input when it lists too many regions or one twice', async () => {
    await expect(regions('us-east-1,us-west-2,eu-west-1,ap-south-1')).rejects.toThrow(
      "Input 'aws-region': lists 4 regions; a replication set has at most 3.",
    );
    await expect(regions('us-east-1,us-west-2,us-east-1')).rejects.toThrow(
      "Input 'aws-region': lists 'us-east-1' twice; name each region once.",
    );
  });

  it('skips an AWS_REGION of only white space for AWS_DEFAULT_REGION', async () => {
    expect(await regions('', { AWS_REGION: ' ', AWS_DEFAULT_REGION: 'eu-west-1' })).toEqual([
      'eu-west-1',
    ]);
  });
});

describe('when a region is unavailable', () => {
  const deadline = new Deadline(60_000);
  const error = (fields: Record<string, unknown>) =>
    Object.assign(new Error('x'), { $metadata: { attempts: 5 }, ...fields });

  it.each([
    [{ code: 'ECONNREFUSED' }, /could not be reached \(ECONNREFUSED\) after 5 attempts/, false],
    [{ code: 'ENOTFOUND' }, /could not be reached \(ENOTFOUND\)/, false],
    [{ code: 'ECONNRESET' }, /the connection was dropped \(ECONNRESET\)/, true],
    [{ name: 'TimeoutError' }, /did not answer in time after 5 attempts/, true],
    [
      { name: 'InternalServerException', $metadata: { httpStatusCode: 500, attempts: 5 } },
      /answered 500 \(InternalServerException\) after 5 attempts/,
      true,
    ],
    [
      { name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503, attempts: 3 } },
      /answered 503/,
      true,
    ],
  ])('%j is a region down', (fields, why, maybeSent) => {
    const found = regionUnavailable(error(fields), deadline);
    expect(found?.why).toMatch(why);
    expect(found?.maybeSent).toBe(maybeSent);
  });

  it.each([
    { name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } },
    { name: 'ValidationException', $metadata: { httpStatusCode: 400 } },
    { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } },
    { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } },
    { name: 'ConflictException', $metadata: { httpStatusCode: 409 } },
  ])('%j is an answer, not an outage', (fields) => {
    expect(regionUnavailable(error(fields), deadline)).toBeUndefined();
  });

  it('a region whose share of the time ran out is down (it stalled)', async () => {
    const share = new Deadline(60_000).share(200, "us-east-1's share");
    while (!share.expired) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(regionUnavailable(error({ name: 'AbortError' }), share)?.why).toMatch(
      /did not answer within us-east-1's share \(0\.2 s\)/,
    );
  });
});

describe('the route across regions', () => {
  const client = (region: string) =>
    ({ region, destroy: vi.fn() }) as unknown as SSMIncidentsClient;

  it('gives each region but the last an equal share of the time left', async () => {
    const shares: number[] = [];
    const route = new RegionRoute(
      ['us-east-1', 'us-west-2', 'eu-west-1'],
      new Deadline(90_000),
      async (region, deadline) => {
        shares.push(deadline.remainingMs());
        return client(region);
      },
    );
    expect((await route.current()).region).toBe('us-east-1');
    expect(route.failover('us-east-1', 'us-east-1 is unavailable: x')).toBe(true);
    expect((await route.current()).region).toBe('us-west-2');
    expect(route.failover('us-west-2', 'us-west-2 is unavailable: y')).toBe(true);
    expect((await route.current()).region).toBe('eu-west-1');
    // A third of the time left, then half of the time left, then all of it (no time passed).
    expect(shares[0]).toBeGreaterThan(29_000);
    expect(shares[0]).toBeLessThanOrEqual(30_000);
    expect(shares[1]).toBeGreaterThan(44_000);
    expect(shares[1]).toBeLessThanOrEqual(45_000);
    expect(shares[2]).toBeGreaterThan(89_000);
    expect(route.failovers.map((f) => `${f.from}>${f.to}`)).toEqual([
      'us-east-1>us-west-2',
      'us-west-2>eu-west-1',
    ]);
    // The last region has nowhere to go.
    expect(route.failover('eu-west-1', 'down')).toBe(false);
    route.close();
  });

  it('moves once when several calls fail in the same region, and tells once', async () => {
    const told = vi.fn();
    const route = new RegionRoute(
      ['us-east-1', 'us-west-2'],
      new Deadline(60_000),
      async (region) => client(region),
      told,
    );
    await route.current();
    expect(route.failover('us-east-1', 'down')).toBe(true);
    expect(route.failover('us-east-1', 'down')).toBe(true);
    expect(route.region).toBe('us-west-2');
    expect(told).toHaveBeenCalledTimes(1);
    expect(told).toHaveBeenCalledWith({ from: 'us-east-1', to: 'us-west-2', why: 'down' });
  });

  it('a single region never fails over: the run behaves as before', async () => {
    const route = new RegionRoute(['us-east-1'], new Deadline(60_000), async (r) => client(r));
    const { deadline } = await route.current();
    expect(deadline.remainingMs()).toBeGreaterThan(59_000);
    expect(deadline.describe()).toBe(
      "the run's time limit of 60 s (INCIDENT_TIMELINE_DEADLINE_MS)",
    );
    expect(route.failover('us-east-1', 'down')).toBe(false);
    expect(route.region).toBe('us-east-1');
  });
});

describe('why a region is unavailable, word for word', () => {
  const running = new Deadline(60_000);

  it.each<[unknown, { why: string; maybeSent: boolean } | undefined]>([
    [
      Object.assign(new Error('x'), { code: 'EAI_AGAIN' }),
      { why: 'it could not be reached (EAI_AGAIN) after 1 attempt', maybeSent: false },
    ],
    [
      Object.assign(new Error('x'), { code: 'CERT_HAS_EXPIRED', $metadata: { attempts: 2 } }),
      { why: 'it could not be reached (CERT_HAS_EXPIRED) after 2 attempts', maybeSent: false },
    ],
    [
      Object.assign(new Error('x'), { code: 'EPIPE', $metadata: { attempts: 1 } }),
      { why: 'the connection was dropped (EPIPE) after 1 attempt', maybeSent: true },
    ],
    [
      Object.assign(new Error('x'), { code: 'ETIMEDOUT' }),
      { why: 'it did not answer in time after 1 attempt', maybeSent: true },
    ],
    [
      Object.assign(new Error('x'), { $metadata: { httpStatusCode: 502 } }),
      { why: 'it answered 502 (Error) after 1 attempt', maybeSent: true },
    ],
    [
      { $metadata: { httpStatusCode: 500 } },
      { why: 'it answered 500 (server error) after 1 attempt', maybeSent: true },
    ],
    [Object.assign(new Error('x'), { $metadata: { httpStatusCode: 499 } }), undefined],
    [Object.assign(new Error('x'), { code: 'EWHATEVER' }), undefined],
    [new Error('x'), undefined],
    [null, undefined],
    ['down', undefined],
  ])('%j', (error, expected) => {
    expect(regionUnavailable(error, running)).toEqual(expected);
  });

  it('looks at the cause of a failed call', () => {
    const failure = new AwsCallError(
      {
        service: 'ssm-incidents',
        operation: 'GetIncidentRecord',
        resource: ARN,
        attemptMs: 1000,
        deadline: running,
      },
      Object.assign(new Error('x'), { code: 'ECONNREFUSED', $metadata: { attempts: 3 } }),
    );
    expect(regionUnavailable(failure, running)).toEqual({
      why: 'it could not be reached (ECONNREFUSED) after 3 attempts',
      maybeSent: false,
    });
  });

  it('a connection that could not be made is not sent, even once the time is up', () => {
    vi.useFakeTimers();
    try {
      const share = new Deadline(60_000).share(100, 'the share');
      vi.advanceTimersByTime(100);
      expect(
        regionUnavailable(Object.assign(new Error('x'), { code: 'ENOTFOUND' }), share),
      ).toEqual({
        why: 'it could not be reached (ENOTFOUND) after 1 attempt',
        maybeSent: false,
      });
      expect(regionUnavailable(new Error('aborted'), share)).toEqual({
        why: 'it did not answer within the share (0.1 s)',
        maybeSent: true,
      });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the route, further', () => {
  const client = (region: string) =>
    ({ region, destroy: vi.fn() }) as unknown as SSMIncidentsClient;

  it('connects once per region, and closes every client it opened', async () => {
    const opened: SSMIncidentsClient[] = [];
    const route = new RegionRoute(['us-east-1', 'us-west-2'], new Deadline(60_000), async (r) => {
      const c = client(r);
      opened.push(c);
      return c;
    });
    const first = await route.current();
    expect(await route.current()).toBe(first);
    // Half of the time left, which a few milliseconds may already have shortened.
    expect(first.deadline.describe()).toMatch(
      /^the share of the run's time that us-east-1 may use \((30|30\.0|29\.\d) s\)$/,
    );
    route.failover('us-east-1', 'down');
    const second = await route.current();
    expect(second.region).toBe('us-west-2');
    expect(opened).toHaveLength(2);
    route.close();
    await new Promise((resolve) => setImmediate(resolve));
    for (const c of opened) expect(c.destroy).toHaveBeenCalledTimes(1);
  });

  it('a call that failed in a region the run already left goes on, without another failover', async () => {
    const told = vi.fn();
    const route = new RegionRoute(
      ['us-east-1', 'us-west-2', 'eu-west-1'],
      new Deadline(60_000),
      async (r) => client(r),
      told,
    );
    await route.current();
    expect(route.failover('us-east-1', 'down')).toBe(true);
    expect(route.failover('eu-west-1', 'down')).toBe(true);
    expect(route.region).toBe('us-west-2');
    expect(told).toHaveBeenCalledTimes(1);
  });

  const stsFailure = (fields: Record<string, unknown>) =>
    new Error('Could not assume role', {
      cause: new AwsCallError(
        {
          service: 'sts',
          operation: 'AssumeRoleWithWebIdentity',
          resource: 'arn:aws:iam::111122223333:role/r',
          attemptMs: 1000,
          deadline: { expired: false, describe: () => 'x' },
        },
        Object.assign(new Error('x'), fields),
      ),
    });

  it('a region that cannot be connected to (its STS dropped) is failed over, and named', async () => {
    const told = vi.fn();
    const route = new RegionRoute(
      ['us-east-1', 'us-west-2'],
      new Deadline(60_000),
      async (r) => {
        if (r === 'us-east-1') throw stsFailure({ code: 'ECONNRESET', $metadata: { attempts: 2 } });
        return client(r);
      },
      told,
    );
    expect((await route.current()).region).toBe('us-west-2');
    expect(told).toHaveBeenCalledWith({
      from: 'us-east-1',
      to: 'us-west-2',
      why: 'us-east-1 is unavailable (AssumeRoleWithWebIdentity): the connection was dropped (ECONNRESET) after 2 attempts',
    });
  });

  it('a connection refused by an answer (access denied), or in the last region, is thrown', async () => {
    const denied = stsFailure({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    const answered = new RegionRoute(['us-east-1', 'us-west-2'], new Deadline(60_000), () =>
      Promise.reject(denied),
    );
    await expect(answered.current()).rejects.toBe(denied);
    expect(answered.region).toBe('us-east-1');
    const dropped = stsFailure({ code: 'ECONNRESET' });
    const everywhere = new RegionRoute(['us-east-1', 'us-west-2'], new Deadline(60_000), () =>
      Promise.reject(dropped),
    );
    await expect(everywhere.current()).rejects.toBe(dropped);
    expect(everywhere.failovers.map((f) => f.to)).toEqual(['us-west-2']);
  });

  it('does not fail over once the run is out of time', async () => {
    vi.useFakeTimers();
    try {
      const route = new RegionRoute(['us-east-1', 'us-west-2'], new Deadline(1_000), async (r) =>
        client(r),
      );
      await route.current();
      vi.advanceTimersByTime(1_000);
      expect(route.failover('us-east-1', 'down')).toBe(false);
      expect(route.region).toBe('us-east-1');
      expect(route.failovers).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failover error carries the failure, the region left and whether it may have been sent', () => {
    const failure = new AwsCallError(
      {
        service: 'ssm-incidents',
        operation: 'CreateTimelineEvent',
        resource: ARN,
        attemptMs: 1000,
        deadline: new Deadline(60_000),
      },
      Object.assign(new Error('x'), { code: 'ECONNRESET' }),
    );
    const error = new RegionFailoverError(failure, 'us-east-1', true);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RegionFailoverError');
    expect(error.message).toBe(failure.message);
    expect(error).toMatchObject({ failure, from: 'us-east-1', maybeSent: true });
  });
});
