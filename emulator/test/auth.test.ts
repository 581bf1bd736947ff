import { createHash } from 'node:crypto';
import { ListResponsePlansCommand } from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { parseAuthorization } from '../src/sigv4.js';
import {
  clientFor,
  control,
  failure,
  rawCall,
  startTestEmulator,
  useStartedEmulator,
} from './helpers.js';

describe('SigV4 with a configured key pair', () => {
  const emulator = useStartedEmulator();

  it('accepts requests signed with the right secret, with and without a session token', async () => {
    await clientFor(emulator).send(new ListResponsePlansCommand({}));
    await clientFor(emulator, { sessionToken: 'FwoGZXIvYXdzEXAMPLE' }).send(
      new ListResponsePlansCommand({}),
    );
    // GET with a query string: the canonical query must be rebuilt exactly.
    const response = await rawCall(emulator, 'GetIncidentRecord', {
      arn: 'arn:aws:ssm-incidents::123456789012:incident-record/p/x y+z',
    });
    expect(response.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
  });

  it('rejects a tampered body', async () => {
    const signed = { maxResults: 5 };
    expect((await rawCall(emulator, 'ListResponsePlans', signed)).status).toBe(200);
    const tampered = await rawCall(emulator, 'ListResponsePlans', signed, {
      tamperedBody: '{"maxResults":6}',
    });
    expect(tampered.status).toBe(403);
    expect(tampered.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
  });

  it('hashes the body it received, as AWS services other than S3 do: a signed UNSIGNED-PAYLOAD is refused', async () => {
    const signed = { maxResults: 5 };
    const bodyHash = createHash('sha256').update(JSON.stringify(signed)).digest('hex');
    const declared = (hash: string, tamperedBody?: string) =>
      rawCall(emulator, 'ListResponsePlans', signed, {
        headers: { 'x-amz-content-sha256': hash },
        ...(tamperedBody ? { tamperedBody } : {}),
      });
    expect((await declared(bodyHash)).status).toBe(200);
    for (const refused of [
      await declared('UNSIGNED-PAYLOAD'),
      await declared('UNSIGNED-PAYLOAD', '{"maxResults":6}'),
      await declared(bodyHash, '{"maxResults":6}'),
    ]) {
      expect(refused.status).toBe(403);
      expect(refused.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
    }
  });

  it.each([
    ['a wrong secret', { secretAccessKey: 'wrong' }, 'InvalidSignatureException', /signature/i],
    ['an unknown access key', { accessKeyId: 'AKIAUNKNOWN' }, 'UnrecognizedClientException', /./],
  ] as const)('rejects %s with %s (403)', async (_, credentials, name, says) => {
    const error = await failure(
      clientFor(emulator, credentials).send(new ListResponsePlansCommand({})),
    );
    expect(error.name).toBe(name);
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.message).toMatch(says);
  });

  it('rejects an unsigned request with MissingAuthenticationTokenException and records it', async () => {
    const response = await rawCall(emulator, 'ListResponsePlans', {}, { sign: false });
    expect(response.status).toBe(403);
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    const { json } = await control(emulator, 'GET', 'requests?operation=ListResponsePlans');
    expect(json.requests.at(-1)).toMatchObject({
      status: 403,
      errorType: 'MissingAuthenticationTokenException',
    });
  });

  it('never records the signature, the key or the session token', async () => {
    await control(emulator, 'DELETE', 'requests');
    await clientFor(emulator, { sessionToken: 'SECRET-SESSION-TOKEN' }).send(
      new ListResponsePlansCommand({}),
    );
    const { json } = await control(emulator, 'GET', 'requests');
    const headers = json.requests[0].headers;
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=<redacted>\/\d{8}\/us-east-1\/ssm-incidents\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=<redacted>$/,
    );
    expect(headers['x-amz-security-token']).toBe('<redacted>');
    expect(JSON.stringify(json)).not.toContain('AKIAEMULATORTEST0001');
    expect(JSON.stringify(json)).not.toContain('SECRET-SESSION-TOKEN');
  });
});

describe('SigV4 without keys', () => {
  it('accepts any key pair but still requires a signature for this service', async () => {
    const emulator = await startTestEmulator({
      accessKeyId: undefined,
      secretAccessKey: undefined,
    });
    try {
      await clientFor(emulator, {
        accessKeyId: 'AKIAANY',
        secretAccessKey: 'anything',
        region: 'ap-southeast-2',
      }).send(new ListResponsePlansCommand({}));
      expect((await rawCall(emulator, 'ListResponsePlans', {}, { sign: false })).status).toBe(403);
    } finally {
      await emulator.close();
    }
  });

  it('parses the credential scope and signed headers', () => {
    expect(
      parseAuthorization(
        'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/ssm-incidents/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc',
      ),
    ).toEqual({
      accessKeyId: 'AKID',
      date: '20240501',
      region: 'us-east-1',
      service: 'ssm-incidents',
      signedHeaders: ['host', 'x-amz-date'],
      signature: 'abc',
    });
    expect(() =>
      parseAuthorization(
        'AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/ssm-incidents/aws4_request',
      ),
    ).toThrow(/Signature/);
    expect(() => parseAuthorization('Basic dXNlcjpwYXNz')).toThrow(/algorithm/);
  });
});

describe('SigV4 in every region', () => {
  const emulator = useStartedEmulator();
  it('verifies a signature for the region its credential scope names: one emulator, every region', async () => {
    for (const region of ['us-east-1', 'eu-west-1', 'ap-southeast-2']) {
      await expect(
        clientFor(emulator, { region }).send(new ListResponsePlansCommand({})),
      ).resolves.toBeDefined();
    }
    const wrongSecret = await failure(
      clientFor(emulator, { region: 'eu-west-1', secretAccessKey: 'wrong' }).send(
        new ListResponsePlansCommand({}),
      ),
    );
    expect(wrongSecret.name).toBe('InvalidSignatureException');
  });
});
