/**
 * The emulator started with a key pair verifies every SigV4 signature, so a run against it proves
 * the bundle signs its requests: accepted with the right secret, rejected with a wrong one (and
 * the step says that the credentials are the problem, without retrying).
 */
import { describe, expect, it } from 'vitest';
import { allUserEvents, commands, incidentArn, runStep, useBundle } from './helpers.js';

const KEY_ID = 'AKIAE2ESIGNINGTEST01';
const SECRET = 'e2e/signing/Secret+Key/0123456789abcdefABCDEF';
const WRONG_SECRET = 'e2e/signing/Wrong+Key/0123456789abcdefABCDEF';

describe('SigV4 signing on node24', () => {
  const bundle = useBundle({
    args: ['--access-key-id', KEY_ID, '--secret-access-key', SECRET],
  });
  const { node, emulator } = bundle;
  const arn = incidentArn('checkout-api', 'signed-target');
  const seed = () =>
    emulator.current.seed({
      incidents: [
        { responsePlan: 'checkout-api', id: 'signed-target', title: 'Checkout latency', impact: 2 },
      ],
    });
  const run = (credentials: Record<string, string>) =>
    runStep({
      node: node.path,
      emulator: emulator.current,
      inputs: { 'incident-arn': arn, status: 'succeeded', 'max-attempts': '3' },
      env: credentials,
    });

  it('is rejected with a wrong secret, once per call, with a clear message', async () => {
    await seed();

    const result = await run({ AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: WRONG_SECRET });

    expect(result.code, result.stdout).toBe(1);
    expect(allUserEvents(await emulator.current.state())).toEqual([]);
    const requests = await emulator.current.requests();
    expect(requests.length).toBeGreaterThan(0);
    for (const request of requests) {
      expect(request.status).toBe(403);
      expect(request.errorType).toBe('InvalidSignatureException');
    }
    // Not retried: a wrong key stays wrong.
    expect(await emulator.current.requests('CreateTimelineEvent')).toHaveLength(1);
    const errors = commands(result.stdout, 'error').join('\n');
    expect(errors).toMatch(/AWS rejected the credentials/);
    expect(errors).toContain('InvalidSignatureException');
    expect(errors).toMatch(/configure-aws-credentials|role-to-assume/);
    expect(result.outputs.outcome).toBe('failed');
    for (const text of [
      result.stdout,
      result.stderr,
      result.summary,
      JSON.stringify(result.outputs),
    ]) {
      expect(text).not.toContain(WRONG_SECRET);
    }
  });

  it('is rejected with an unknown access key ID', async () => {
    await seed();

    const result = await run({
      AWS_ACCESS_KEY_ID: 'AKIAE2EUNKNOWNKEY999',
      AWS_SECRET_ACCESS_KEY: SECRET,
    });

    expect(result.code, result.stdout).toBe(1);
    expect(allUserEvents(await emulator.current.state())).toEqual([]);
    const creates = await emulator.current.requests('CreateTimelineEvent');
    expect(creates).toHaveLength(1);
    expect(creates[0]!.errorType).toBe('UnrecognizedClientException');
    expect(commands(result.stdout, 'error').join('\n')).toMatch(
      /AWS rejected the credentials.*UnrecognizedClientException/,
    );
  });
});
