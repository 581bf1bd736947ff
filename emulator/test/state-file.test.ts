/**
 * `--state FILE` with a corrupt or wrongly shaped file: refused with a message that names the file
 * and what is wrong; nothing is loaded and the file is left as it was.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  CreateTimelineEventCommand,
  StartIncidentCommand,
  UpdateIncidentRecordCommand,
  UpdateRelatedItemsCommand,
} from '@aws-sdk/client-ssm-incidents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE } from './bundle.js';
import { ACCOUNT_ID, clientFor, failure, startTestEmulator, type Json } from './helpers.js';

const run = promisify(execFile);
let directory: string;
/** A state file a real session wrote: plans, incidents, events (automatic ones too), related items, tokens. */
let written: Json;

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'emulator-state-'));
  const stateFile = path.join(directory, 'written.json');
  const emulator = await startTestEmulator({ state: stateFile });
  const ssm = clientFor(emulator);
  await emulator.seed({
    responsePlans: [{ name: 'checkout', incidentTemplate: { title: 'Checkout', impact: 2 } }],
    incidents: [
      { responsePlan: 'checkout', id: 'seeded', createdBy: 'arn:aws:iam::123456789012:user/alice' },
    ],
  });
  const { incidentRecordArn = '' } = await ssm.send(
    new StartIncidentCommand({
      responsePlanArn: `arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/checkout`,
      clientToken: 'start',
    }),
  );
  await ssm.send(
    new UpdateRelatedItemsCommand({
      incidentRecordArn,
      relatedItemsUpdate: {
        itemToAdd: {
          title: 'Commit',
          identifier: { type: 'OTHER', value: { url: 'https://x.example/c' } },
        },
      },
    }),
  );
  await ssm.send(
    new CreateTimelineEventCommand({
      incidentRecordArn,
      eventTime: new Date('2024-05-01T00:00:00Z'),
      eventType: 'Note',
      eventData: '"hello"',
      eventReferences: [{ resource: incidentRecordArn }],
      clientToken: 'note',
    }),
  );
  await ssm.send(new UpdateIncidentRecordCommand({ arn: incidentRecordArn, status: 'RESOLVED' }));
  ssm.destroy();
  await emulator.close();
  written = JSON.parse(readFileSync(stateFile, 'utf8'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The written state with one change; `edit` gets a copy to break. */
function broken(edit: (state: Json) => void): string {
  const copy = structuredClone(written);
  edit(copy);
  return JSON.stringify(copy);
}

describe('a state file', () => {
  it('that this emulator wrote loads again, with every kind of record', async () => {
    expect(written.incidents[1].timelineEvents.length).toBeGreaterThanOrEqual(2);
    expect(written.incidents[1].relatedItems).toHaveLength(1);
    expect(written.idempotency.length).toBeGreaterThanOrEqual(2);
    const file = path.join(directory, 'again.json');
    writeFileSync(file, JSON.stringify(written));
    const emulator = await startTestEmulator({ state: file });
    try {
      expect(emulator.state()).toEqual(written);
    } finally {
      await emulator.close();
    }
  });

  const cases: [string, () => string, RegExp][] = [
    ['is not JSON', () => '{"version":1,', /the state file is not valid JSON/],
    ['is empty', () => '', /the state file is not valid JSON/],
    ['is a list', () => '[]', /the document must be a JSON object/],
    ['has another version', () => broken((s) => (s.version = 2)), /version must be 1.*found 2/],
    ['has a bad account', () => broken((s) => (s.accountId = 'x')), /accountId must be 12 digits/],
    ['has no incident list', () => broken((s) => delete s.incidents), /incidents must be a list/],
    [
      'has a plan with a bad ARN',
      () => broken((s) => (s.responsePlans[0].arn = 'plan')),
      /responsePlans\[0\]\.arn must be a response plan ARN/,
    ],
    [
      'has an incident without a title',
      () => broken((s) => delete s.incidents[1].title),
      /incidents\[1\]: 1 validation error detected: Value null at 'title' failed to satisfy constraint: Member must not be null/,
    ],
    [
      'has an impact out of range',
      () => broken((s) => (s.incidents[0].impact = 9)),
      /incidents\[0\]: .*'impact'.*less than or equal to 5/,
    ],
    [
      'has the same incident twice',
      () => broken((s) => s.incidents.push(s.incidents[0])),
      /incidents\[2\]\.arn .* appears twice/,
    ],
    [
      'has an event time that is not a number',
      () => broken((s) => (s.incidents[1].timelineEvents[0].eventTime = '2024-05-01')),
      /incidents\[1\]\.timelineEvents\[0\]\.eventTime must be a number \(epoch seconds\)/,
    ],
    [
      'has an event filed under another incident',
      () =>
        broken((s) => (s.incidents[1].timelineEvents[0].incidentRecordArn = s.incidents[0].arn)),
      /timelineEvents\[0\]\.incidentRecordArn must be the ARN of the incident it is stored under/,
    ],
    [
      'has no event list on an incident',
      () => broken((s) => delete s.incidents[0].timelineEvents),
      /incidents\[0\]\.timelineEvents must be a list/,
    ],
    [
      'has a related item without its ID',
      () => broken((s) => delete s.incidents[1].relatedItems[0].generatedId),
      /incidents\[1\]\.relatedItems\[0\]\.generatedId must be a related item ID/,
    ],
    [
      'has a reference with two members',
      () =>
        broken(
          (s) =>
            (s.incidents[1].timelineEvents[0].eventReferences = [
              { resource: s.incidents[1].arn, relatedItemId: 'x' },
            ]),
        ),
      /timelineEvents\[0\]\.eventReferences\[0\]: .*exactly one of/,
    ],
    [
      'has an idempotency record without its fingerprint',
      () => broken((s) => delete s.idempotency[0].fingerprint),
      /idempotency\[0\]\.fingerprint must be a string/,
    ],
    [
      'has an idempotency record of an unknown operation',
      () => broken((s) => (s.idempotency[0].operation = 'DeleteEverything')),
      /idempotency\[0\]\.operation must name an Incident Manager operation/,
    ],
  ];

  it.each(cases)(
    'that %s is refused, naming the file and the problem, and left untouched',
    async (_name, content, message) => {
      const file = path.join(directory, 'broken.json');
      const text = content();
      writeFileSync(file, text);
      const error = await failure(startTestEmulator({ state: file }));
      expect(error.message.startsWith(`${file}: `)).toBe(true);
      expect(error.message).toMatch(message);
      expect(readFileSync(file, 'utf8')).toBe(text);
    },
  );

  it('names every problem at once, up to ten', async () => {
    const file = path.join(directory, 'many.json');
    writeFileSync(
      file,
      broken((s) => {
        s.version = 3;
        s.accountId = 1;
        for (const incident of s.incidents) delete incident.status;
        s.idempotency = {};
      }),
    );
    const error = await failure(startTestEmulator({ state: file }));
    expect(error.message).toMatch(
      /: 5 problems: version must be 1.*; accountId.*; incidents\[0\].*'status'.*; incidents\[1\].*'status'.*; idempotency must be a list/,
    );
  });

  it('refused makes the bundled CLI exit 1 with one line, no stack trace', async () => {
    const file = path.join(directory, 'cli.json');
    writeFileSync(
      file,
      broken((s) => (s.incidents[0].timelineEvents = 'none')),
    );
    const error = await failure(run(process.execPath, [BUNDLE, '--state', file, '--quiet']));
    expect(error.code).toBe(1);
    expect(error.stderr).toBe(
      `emulator: ${file}: not a state file this emulator can load: 1 problem: incidents[0].timelineEvents must be a list\n`,
    );
  });
});

describe('a seed', () => {
  it('refuses a createdBy that is not an ARN, which the service never records', async () => {
    const emulator = await startTestEmulator();
    try {
      await expect(
        emulator.seed({ incidents: [{ responsePlan: 'p', createdBy: 'alice' }] }),
      ).rejects.toThrow(/incidents\[0\]\.createdBy must be an ARN/);
    } finally {
      await emulator.close();
    }
  });
});
