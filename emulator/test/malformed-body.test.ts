/**
 * A body that is not a JSON object gets restJson1's SerializationException, and the AWS SDK
 * parses it as such. The SDK never sends such a body itself, so one of its middlewares replaces the
 * body before the request is signed: the signature is valid, only the JSON is not.
 */
import {
  CreateTimelineEventCommand,
  ListResponsePlansCommand,
  type SSMIncidentsClient,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { clientFor, control, failure, useStartedEmulator } from './helpers.js';

function withBody(client: SSMIncidentsClient, body: string): SSMIncidentsClient {
  client.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { body: unknown; headers: Record<string, string> };
      request.body = body;
      request.headers['content-length'] = String(Buffer.byteLength(body));
      return next(args);
    },
    { step: 'build', name: 'replaceBody', priority: 'low' },
  );
  return client;
}

describe('a malformed JSON body', () => {
  const emulator = useStartedEmulator();

  it.each(['{"maxResults":', '[1, 2]', 'null'])(
    'in %s is a SerializationException (400) to the SDK, not retried',
    async (body) => {
      const ssm = withBody(clientFor(emulator, { maxAttempts: 3 }), body);
      try {
        const error = await failure(ssm.send(new ListResponsePlansCommand({})));
        expect(error.name).toBe('SerializationException');
        expect(error.$fault).toBe('client');
        expect(error.$metadata.httpStatusCode).toBe(400);
        expect(error.$metadata.attempts).toBe(1);
        expect(error.message).toMatch(
          /^The request body (is not valid JSON|must be a JSON object)/,
        );
      } finally {
        ssm.destroy();
      }
    },
  );

  it('writes nothing and is recorded with the text that arrived', async () => {
    await control(emulator, 'POST', 'reset');
    const { incidents } = await emulator.seed({ incidents: [{ responsePlan: 'p' }] });
    const ssm = withBody(clientFor(emulator), '{"incidentRecordArn": "x", "eventData": ');
    try {
      await failure(
        ssm.send(
          new CreateTimelineEventCommand({
            incidentRecordArn: incidents[0],
            eventTime: new Date(),
            eventType: 'Custom Event',
            eventData: '"x"',
          }),
        ),
      );
    } finally {
      ssm.destroy();
    }
    expect(emulator.state().incidents[0]!.timelineEvents).toEqual([]);
    const { json } = await control(emulator, 'GET', 'requests');
    expect(json.requests).toMatchObject([
      {
        operation: 'CreateTimelineEvent',
        status: 400,
        errorType: 'SerializationException',
        body: '{"incidentRecordArn": "x", "eventData": ',
      },
    ]);
  });
});
