/**
 * Units of finding the event an earlier try of the step wrote (earlier-try), after the service
 * answered that the step's token was already used. The API is a stand-in for the two calls the
 * search makes (GetTimelineEvent, ListTimelineEvents pages); the requests those calls send are
 * tested in run.test.ts.
 */
import type { EventSummary, TimelineEvent } from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { AwsCallError } from '../src/aws/call-error.js';
import type { IncidentsApi } from '../src/aws/incidents.js';
import { findEarlierTry, type EarlierTry } from '../src/write/earlier-try.js';

const INCIDENT = 'arn:aws:ssm-incidents::111122223333:incident-record/p/i';
const wanted: EarlierTry = {
  incidentArn: INCIDENT,
  eventType: 'Custom Event',
  eventData: '"Deployed 1a2b3c4"',
  since: new Date('2026-05-01T09:00:00Z'),
};

const callError = (name: string, extra: object = {}) =>
  new AwsCallError(
    {
      service: 'ssm-incidents',
      operation: 'CreateTimelineEvent',
      resource: INCIDENT,
      attemptMs: 1000,
      deadline: { expired: false, describe: () => 'LIMIT' },
    },
    Object.assign(new Error('x'), { name, ...extra }),
  );
const conflict = (resourceIdentifier?: unknown, resourceType?: string) =>
  callError('ConflictException', { resourceIdentifier, resourceType });

/** A timeline whose events are read by ID and listed in pages; every read is recorded. */
function timeline(
  events: Record<string, Partial<TimelineEvent> | Error>,
  pages: Array<Array<Partial<EventSummary>>>,
) {
  const read: string[] = [];
  const listed: Array<[string, string, Date]> = [];
  const api = {
    async getEvent(incidentArn: string, eventId: string) {
      expect(incidentArn).toBe(INCIDENT);
      read.push(eventId);
      const event = events[eventId];
      if (event instanceof Error) throw event;
      if (!event) throw callError('ResourceNotFoundException');
      return event;
    },
    async *eventPages(incidentArn: string, eventType: string, since: Date) {
      listed.push([incidentArn, eventType, since]);
      for (const page of pages) yield page;
    },
  };
  return { api: api as unknown as IncidentsApi, read, listed };
}

const same = { eventType: 'Custom Event', eventData: '"Deployed 1a2b3c4"' };
const other = { eventType: 'Custom Event', eventData: '"Deployed ffffff0"' };
const summary = (eventId: string, eventType = 'Custom Event') => ({ eventId, eventType });

describe('findEarlierTry', () => {
  it('takes the event the conflict names when it reads back as the same, without a search', async () => {
    const { api, read, listed } = timeline({ e1: same }, [[summary('e2')]]);
    expect(await findEarlierTry(api, wanted, conflict('e1', 'TIMELINE_EVENT'))).toEqual({
      kind: 'found',
      eventId: 'e1',
    });
    expect(read).toEqual(['e1']);
    expect(listed).toEqual([]);
  });

  it('searches when the named event has another text, and does not read it twice', async () => {
    const { api, read, listed } = timeline({ e1: other, e2: same }, [
      [summary('e1'), summary('e2')],
    ]);
    expect(await findEarlierTry(api, wanted, conflict('e1'))).toEqual({
      kind: 'found',
      eventId: 'e2',
    });
    expect(read).toEqual(['e1', 'e2']);
    expect(listed).toEqual([[INCIDENT, 'Custom Event', wanted.since]]);
  });

  it('searches when the named event cannot be read', async () => {
    const { api, read } = timeline({ e2: same }, [[summary('e2')]]);
    expect(await findEarlierTry(api, wanted, conflict('e1'))).toEqual({
      kind: 'found',
      eventId: 'e2',
    });
    expect(read).toEqual(['e1', 'e2']);
  });

  it('lets a failure that is no failed call through', async () => {
    const { api } = timeline({ e1: new TypeError('bug') }, []);
    await expect(findEarlierTry(api, wanted, conflict('e1'))).rejects.toThrow('bug');
  });

  it.each([
    ['the incident record', conflict('e1', 'INCIDENT_RECORD')],
    ['no event ID', conflict('not an id!')],
    ['an identifier that is no text', conflict(42)],
    ['nothing', conflict()],
    ['no conflict at all', undefined],
  ])('does not read the identifier when the conflict names %s', async (_what, error) => {
    const { api, read } = timeline({ e1: same }, [[]]);
    expect(await findEarlierTry(api, wanted, error)).toEqual({
      kind: 'none',
      read: expect.any(Number),
      timedOut: false,
    });
    expect(read).toEqual([]);
  });

  it('skips summaries without an ID, with a malformed ID or of another type', async () => {
    const { api, read } = timeline({ e5: same }, [
      [{ eventType: 'Custom Event' }, summary('bad id'), summary('e4', 'Note'), summary('e5')],
    ]);
    expect(await findEarlierTry(api, wanted)).toEqual({ kind: 'found', eventId: 'e5' });
    expect(read).toEqual(['e5']);
  });

  it('compares type and text', async () => {
    const { api } = timeline(
      { e1: { ...same, eventType: 'Note' }, e2: { ...same, eventData: 'other' } },
      [[summary('e1'), summary('e2')]],
    );
    expect(await findEarlierTry(api, wanted)).toEqual({
      kind: 'none',
      read: expect.any(Number),
      timedOut: false,
    });
  });

  it('reads every candidate on every page: two with the same text cannot be told apart', async () => {
    const { api, read } = timeline({ e1: same, e2: other, e3: same }, [
      [summary('e1')],
      [summary('e2'), summary('e3')],
    ]);
    expect(await findEarlierTry(api, wanted)).toEqual({
      kind: 'ambiguous',
      eventIds: ['e1', 'e3'],
    });
    expect(read).toEqual(['e1', 'e2', 'e3']);
  });

  it('is bounded by time, not by a count: the 150th candidate is read and found', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `e${i}`);
    const events = Object.fromEntries(ids.map((id) => [id, other]));
    events.e149 = same;
    const { api, read } = timeline(events, [
      ids.slice(0, 100).map((id) => summary(id)),
      ids.slice(100).map((id) => summary(id)),
    ]);
    expect(await findEarlierTry(api, wanted)).toEqual({ kind: 'found', eventId: 'e149' });
    expect(read).toHaveLength(150);
  });

  it('passes over events newer than the window unread', async () => {
    const until = new Date('2026-05-01T12:05:00Z');
    const { api, read } = timeline({ late: same, e1: same }, [
      [
        { ...summary('late'), eventTime: new Date('2026-05-01T12:06:00Z') },
        { ...summary('e1'), eventTime: new Date('2026-05-01T11:58:00Z') },
      ],
    ]);
    expect(await findEarlierTry(api, { ...wanted, until })).toEqual({
      kind: 'found',
      eventId: 'e1',
    });
    expect(read).toEqual(['e1']);
  });

  it("stops when the run's time runs out, and says the search did not finish", async () => {
    const expired = new AwsCallError(
      {
        service: 'ssm-incidents',
        operation: 'GetTimelineEvent',
        resource: INCIDENT,
        attemptMs: 1000,
        deadline: { expired: true, describe: () => 'LIMIT' },
      },
      new Error('aborted'),
    );
    const { api } = timeline({ e1: other, e2: expired, e3: same }, [
      [summary('e1'), summary('e2'), summary('e3')],
    ]);
    expect(await findEarlierTry(api, wanted)).toEqual({ kind: 'none', read: 2, timedOut: true });
  });

  it('recognises the text by the test it is given: the same text with another subject', async () => {
    const { api } = timeline(
      { e1: { eventType: 'Custom Event', eventData: '"Deployed 1a2b3c4 (Fix)"' } },
      [[summary('e1')]],
    );
    const sameText = (data: string) => /^"Deployed 1a2b3c4( \(.*\))?"$/.test(data);
    expect(await findEarlierTry(api, { ...wanted, sameText })).toEqual({
      kind: 'found',
      eventId: 'e1',
    });
  });
});
