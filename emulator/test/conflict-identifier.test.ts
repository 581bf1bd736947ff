/**
 * What a ConflictException for a reused clientToken names is not documented; the test chooses:
 * `event` (what the first call wrote), `token` (the token itself) or `none` (the default).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  ConflictException,
  CreateTimelineEventCommand,
  StartIncidentCommand,
} from '@aws-sdk/client-ssm-incidents';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE, spawnBundledEmulator } from './bundle.js';
import { control, failure, startTestEmulator, useSharedEmulator } from './helpers.js';

const run = promisify(execFile);
const TOKEN = 'ita-run-42-attempt-1-deploy';

const shared = useSharedEmulator();
let incidentRecordArn: string;

beforeEach(async () => {
  incidentRecordArn = (await shared.emulator.seed({ incidents: [{ responsePlan: 'checkout' }] }))
    .incidents[0]!;
});

const createEvent = (eventData: string) =>
  shared.ssm.send(
    new CreateTimelineEventCommand({
      incidentRecordArn,
      eventTime: new Date('2024-05-01T10:00:00Z'),
      eventType: 'Custom Event',
      eventData,
      clientToken: TOKEN,
    }),
  );

/** The first call writes; the second reuses its token with other data. */
async function reuseToken() {
  const first = await createEvent('"Deployed v1"');
  const error = await failure(createEvent('"Deployed v2"'));
  expect(error).toBeInstanceOf(ConflictException);
  expect(error.$metadata.httpStatusCode).toBe(409);
  expect(error.message).toBe(`The clientToken ${TOKEN} was already used with different parameters`);
  return { eventId: first.eventId!, error };
}

describe('conflictIdentifier', () => {
  it('is none by default: the exception names nothing', async () => {
    expect((await control(shared.emulator, 'GET', 'settings')).json).toMatchObject({
      conflictIdentifier: 'none',
    });
    const { error } = await reuseToken();
    expect(error.resourceIdentifier).toBeUndefined();
    expect(error.resourceType).toBeUndefined();
  });

  it('event: names the event the first call wrote', async () => {
    await control(shared.emulator, 'POST', 'settings', { conflictIdentifier: 'event' });
    const { eventId, error } = await reuseToken();
    expect(error).toMatchObject({ resourceIdentifier: eventId, resourceType: 'TIMELINE_EVENT' });
  });

  it('token: names the client token itself', async () => {
    await control(shared.emulator, 'POST', 'settings', { conflictIdentifier: 'token' });
    const { error } = await reuseToken();
    expect(error).toMatchObject({ resourceIdentifier: TOKEN, resourceType: 'TIMELINE_EVENT' });
  });

  it('applies to every idempotent operation: StartIncident names the incident with event', async () => {
    await control(shared.emulator, 'POST', 'settings', { conflictIdentifier: 'event' });
    const start = (title: string) =>
      shared.ssm.send(
        new StartIncidentCommand({
          responsePlanArn: shared.emulator.state().responsePlans[0]!.arn,
          title,
          clientToken: 'start',
        }),
      );
    const { incidentRecordArn: started } = await start('first');
    expect(await failure(start('second'))).toMatchObject({
      resourceIdentifier: started,
      resourceType: 'INCIDENT_RECORD',
    });
  });

  it('changes at run time, without forgetting tokens, and a reset restores the start value', async () => {
    await control(shared.emulator, 'POST', 'settings', { conflictIdentifier: 'event' });
    const { eventId } = await reuseToken();
    await control(shared.emulator, 'POST', 'settings', { conflictIdentifier: 'token' });
    expect((await failure(createEvent('"Deployed v3"'))).resourceIdentifier).toBe(TOKEN);
    expect(eventId).not.toBe(TOKEN);
    await control(shared.emulator, 'POST', 'reset');
    expect((await control(shared.emulator, 'GET', 'settings')).json).toMatchObject({
      conflictIdentifier: 'none',
    });
  });

  it('refuses an unknown mode or setting with 400 and changes nothing', async () => {
    for (const [body, message] of [
      [{ conflictIdentifier: 'arn' }, 'conflictIdentifier must be one of event, token, none'],
      [{ conflictIdentifer: 'event' }, 'unknown setting conflictIdentifer'],
      [[], 'The body must be a JSON object of settings'],
    ] as const) {
      const { status, json } = await control(shared.emulator, 'POST', 'settings', body);
      expect(status).toBe(400);
      expect(json.message).toContain(message);
    }
    expect((await control(shared.emulator, 'GET', 'settings')).json).toMatchObject({
      conflictIdentifier: 'none',
    });
  });

  it('takes its start value from the option, which a reset returns to', async () => {
    const started = await startTestEmulator({ conflictIdentifier: 'event' });
    try {
      await control(started, 'POST', 'settings', { conflictIdentifier: 'none' });
      await control(started, 'POST', 'reset');
      expect(started.settings.get()).toMatchObject({ conflictIdentifier: 'event' });
    } finally {
      await started.close();
    }
    await expect(startTestEmulator({ conflictIdentifier: 'arn' as never })).rejects.toThrow(
      'conflictIdentifier must be one of event, token, none',
    );
  });

  it('takes its start value from --conflict-identifier, and refuses a bad one with exit 2', async () => {
    const bundled = await spawnBundledEmulator(['--quiet', '--conflict-identifier', 'token']);
    try {
      expect((await control(bundled, 'GET', 'settings')).json).toMatchObject({
        conflictIdentifier: 'token',
      });
    } finally {
      await bundled.stop();
    }
    const error = await failure(run(process.execPath, [BUNDLE, '--conflict-identifier', 'arn']));
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('--conflict-identifier must be one of event, token, none');
  });
});
