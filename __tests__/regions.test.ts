/**
 * Units of failing over across the replication set: the `aws-region` list (inputs), when a region
 * counts as unavailable, and the route from one region to the next with each region's share of
 * the time (aws/regions).
 */
import { describe, expect, it, vi } from 'vitest';
import type { SSMIncidentsClient } from '@aws-sdk/client-ssm-incidents';
import { RegionRoute, regionUnavailable } from '../src/aws/regions.js';
import { Deadline } from '../src/deadline.js';
import { getInputs } from '../src/inputs.js';

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
    expect(route.failover('us-east-1', 'down')).toBe(false);
    expect(route.region).toBe('us-east-1');
  });
});
