/**
 * The events Incident Manager writes itself: a related item added or removed is noted on the
 * timeline as the API reference's GetTimelineEvent example shows, and such events are read-only.
 */
import {
  CreateResponsePlanCommand,
  DeleteTimelineEventCommand,
  GetTimelineEventCommand,
  ListTimelineEventsCommand,
  StartIncidentCommand,
  UpdateIncidentRecordCommand,
  UpdateRelatedItemsCommand,
  UpdateTimelineEventCommand,
} from '@aws-sdk/client-ssm-incidents';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACCESS_KEY_ID, ACCOUNT_ID, failure, useSharedEmulator } from './helpers.js';

const CALLER = `arn:aws:iam::${ACCOUNT_ID}:user/${ACCESS_KEY_ID}`;
const RUNBOOK = { type: 'OTHER' as const, value: { url: 'https://runbooks.example/checkout' } };

const shared = useSharedEmulator();
let incidentRecordArn: string;

beforeEach(async () => {
  const { arn } = await shared.ssm.send(
    new CreateResponsePlanCommand({
      name: 'checkout',
      incidentTemplate: { title: 'Checkout errors', impact: 2 },
    }),
  );
  incidentRecordArn = (await shared.ssm.send(new StartIncidentCommand({ responsePlanArn: arn })))
    .incidentRecordArn!;
});

async function events() {
  const { eventSummaries } = await shared.ssm.send(
    new ListTimelineEventsCommand({ incidentRecordArn, sortOrder: 'ASCENDING' }),
  );
  return eventSummaries!;
}

async function readEvent(eventId: string) {
  return (await shared.ssm.send(new GetTimelineEventCommand({ incidentRecordArn, eventId })))
    .event!;
}

const addRunbook = (clientToken?: string) =>
  shared.ssm.send(
    new UpdateRelatedItemsCommand({
      incidentRecordArn,
      clientToken,
      relatedItemsUpdate: { itemToAdd: { title: 'Runbook', identifier: RUNBOOK } },
    }),
  );

describe('adding or removing a related item', () => {
  it('writes an SSM Incident Record Update event shaped like the documented example', async () => {
    await addRunbook();
    const generatedId = shared.emulator.state().incidents[0]!.relatedItems[0]!.generatedId;
    const [summary] = await events();
    expect(summary).toMatchObject({
      eventType: 'SSM Incident Record Update',
      eventReferences: [{ relatedItemId: generatedId }, { resource: incidentRecordArn }],
    });
    const event = await readEvent(summary!.eventId!);
    expect(event.eventTime).toEqual(event.eventUpdatedTime);
    expect(JSON.parse(event.eventData!)).toEqual({
      modifiedBy: CALLER,
      modifiedAttributes: [
        {
          attributeName: 'relatedItems',
          newValue: JSON.stringify({ itemToAdd: { identifier: RUNBOOK, title: 'Runbook' } }),
        },
      ],
      incidentTitle: 'Checkout errors',
    });
  });

  it('notes a removal the same way, referencing the removed item', async () => {
    await addRunbook();
    const generatedId = shared.emulator.state().incidents[0]!.relatedItems[0]!.generatedId;
    await shared.ssm.send(
      new UpdateRelatedItemsCommand({
        incidentRecordArn,
        relatedItemsUpdate: { itemToRemove: RUNBOOK },
      }),
    );
    const [, removal] = await events();
    expect(removal!.eventReferences).toEqual([
      { relatedItemId: generatedId },
      { resource: incidentRecordArn },
    ]);
    expect(JSON.parse((await readEvent(removal!.eventId!)).eventData!)).toMatchObject({
      modifiedAttributes: [
        { attributeName: 'relatedItems', newValue: JSON.stringify({ itemToRemove: RUNBOOK }) },
      ],
    });
  });

  it('writes one event per change: none for a replayed token, a refused duplicate or StartIncident', async () => {
    await addRunbook('add-once');
    await addRunbook('add-once');
    expect((await failure(addRunbook())).name).toBe('ConflictException');
    expect(await events()).toHaveLength(1);

    const { arn } = await shared.ssm.send(
      new CreateResponsePlanCommand({ name: 'other', incidentTemplate: { title: 't', impact: 3 } }),
    );
    const started = await shared.ssm.send(
      new StartIncidentCommand({
        responsePlanArn: arn,
        relatedItems: [{ title: 'Runbook', identifier: RUNBOOK }],
      }),
    );
    const { eventSummaries } = await shared.ssm.send(
      new ListTimelineEventsCommand({ incidentRecordArn: started.incidentRecordArn }),
    );
    expect(eventSummaries).toEqual([]);
  });

  it('is noted in the same envelope as a record update, which also references the incident', async () => {
    await shared.ssm.send(new UpdateIncidentRecordCommand({ arn: incidentRecordArn, impact: 1 }));
    const [update] = await events();
    expect(update!.eventReferences).toEqual([{ resource: incidentRecordArn }]);
    expect(JSON.parse((await readEvent(update!.eventId!)).eventData!)).toEqual({
      modifiedBy: CALLER,
      modifiedAttributes: [{ attributeName: 'impact', previousValue: 2, newValue: 1 }],
      incidentTitle: 'Checkout errors',
    });
  });
});

describe('automatic events', () => {
  it('cannot be updated or deleted; Custom Event and Note can', async () => {
    await addRunbook();
    const [automatic] = await events();
    const eventId = automatic!.eventId!;
    const update = await failure(
      shared.ssm.send(
        new UpdateTimelineEventCommand({ incidentRecordArn, eventId, eventData: '"x"' }),
      ),
    );
    expect(update.name).toBe('ValidationException');
    expect(update.message).toBe(
      `Timeline event ${eventId} is of type SSM Incident Record Update, which Incident Manager writes itself; only events of type Custom Event or Note can be updated`,
    );
    const remove = await failure(
      shared.ssm.send(new DeleteTimelineEventCommand({ incidentRecordArn, eventId })),
    );
    expect(remove.name).toBe('ValidationException');
    expect(remove.message).toMatch(/only events of type Custom Event or Note can be deleted$/);
    expect((await readEvent(eventId)).eventType).toBe('SSM Incident Record Update');
    expect(await events()).toHaveLength(1);
  });
});
