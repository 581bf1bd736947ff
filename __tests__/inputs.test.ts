/**
 * Units of reading the inputs (inputs): the defaults of the inputs left unset, the limits on their
 * lengths, and the endpoint URL. The region list is in regions.test.ts, the search filters in
 * targets.test.ts, the job end's inputs in job-end.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/runtime/errors.js';
import { getInputs, readFailOnError } from '../src/read/inputs.js';

const ARN = 'arn:aws:ssm-incidents::111122223333:incident-record/p/1';
const ENV = { AWS_REGION: 'us-east-1' };

/** getInputs with incident-arn set and the given inputs; every other input unset, as the runner gives it. */
const inputs = (given: Record<string, string> = {}) =>
  getInputs((name) => ({ 'incident-arn': ARN, ...given })[name] ?? '', ENV);

async function inputError(given: Record<string, string>): Promise<InputError> {
  const error: unknown = await inputs(given).catch((e: unknown) => e);
  if (error instanceof InputError) return error;
  throw new Error(`expected an InputError, got ${String(error)}`);
}

describe('inputs left unset', () => {
  it('fail-on-error defaults to true', () => {
    expect(readFailOnError(() => '')).toBe(true);
    expect(readFailOnError(() => 'false')).toBe(false);
  });

  it('create an event, not a dry run, that the job end does not finish, and link the commit', async () => {
    const read = await inputs();
    expect(read.write).toEqual({
      kind: 'create',
      eventType: 'Custom Event',
      finishOnJobEnd: false,
    });
    expect(read.linkCommit).toBe(true);
    expect(read.endpointUrl).toBe('');
    expect(read).not.toHaveProperty('role');
  });

  it('a dry run is of a create that the job end does not finish', async () => {
    expect((await inputs({ 'dry-run': 'true' })).write).toEqual({
      kind: 'dry-run',
      of: { kind: 'create', eventType: 'Custom Event', finishOnJobEnd: false },
    });
  });

  it('an update carries no finish-on-job-end', async () => {
    expect((await inputs({ 'event-id': 'e-1' })).write).toEqual({ kind: 'update', eventId: 'e-1' });
  });

  it('a role is assumed for the audience sts.amazonaws.com unless one is given', async () => {
    const role = 'arn:aws:iam::111122223333:role/deploy-markers';
    expect((await inputs({ 'role-to-assume': role })).role).toEqual({
      roleArn: role,
      sessionName: '',
      audience: 'sts.amazonaws.com',
    });
    expect((await inputs({ 'role-to-assume': role, audience: 'sts.example' })).role).toEqual({
      roleArn: role,
      sessionName: '',
      audience: 'sts.example',
    });
  });
});

describe('lengths and the endpoint', () => {
  it('counts client-token, status and environment in code points, as the service does', async () => {
    const emoji = (n: number) => '🚀'.repeat(n);
    expect((await inputs({ 'client-token': emoji(128) })).clientToken).toBe(emoji(128));
    expect((await inputError({ 'client-token': emoji(129) })).message).toContain(
      'is 129 characters; at most 128',
    );
    expect((await inputs({ status: emoji(100) })).status).toBe(emoji(100));
    expect((await inputError({ environment: emoji(256) })).input).toBe('environment');
  });

  it('takes a status of exactly 100 characters and refuses 101', async () => {
    expect((await inputs({ status: 's'.repeat(100) })).status).toBe('s'.repeat(100));
    expect((await inputError({ status: 's'.repeat(101) })).message).toBe(
      "Input 'status': is 101 characters; at most 100 are accepted.",
    );
  });

  it('cuts job-instance to 100 characters', async () => {
    expect((await inputs({ 'job-instance': '7'.repeat(101) })).jobInstance).toBe('7'.repeat(100));
  });

  it('takes an http or https endpoint and refuses another scheme', async () => {
    expect((await inputs({ 'endpoint-url': 'https://ssm-incidents.example' })).endpointUrl).toBe(
      'https://ssm-incidents.example',
    );
    expect((await inputs({ 'endpoint-url': 'http://127.0.0.1:4566' })).endpointUrl).toBe(
      'http://127.0.0.1:4566',
    );
    expect((await inputError({ 'endpoint-url': 'ftp://ssm-incidents.example' })).message).toBe(
      "Input 'endpoint-url': 'ftp://ssm-incidents.example' must use http or https.",
    );
  });
});
