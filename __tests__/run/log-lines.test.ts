/**
 * What the step's log says as it runs: the line that says what it is about to write, one group per
 * incident (its title and ARN, then its lines and how it ended), the warnings of a target with
 * their titles, and the line that tells what the job end will update.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import {
  INCIDENT_A,
  INCIDENT_B,
  TARGETS,
  core,
  useEmulatorRun,
  type RunResult,
} from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A, TARGETS.B));

/** One log group: its title and the lines printed in it, in order. */
interface Group {
  title: string;
  lines: string[];
}

/** The groups the last run printed, rebuilt from the order of the calls to core. */
function printedGroups(): Group[] {
  const calls = [
    ...core.startGroup.mock.calls.map((c, i) => ({
      at: core.startGroup.mock.invocationCallOrder[i]!,
      kind: 'start',
      text: c[0],
    })),
    ...core.info.mock.calls.map((c, i) => ({
      at: core.info.mock.invocationCallOrder[i]!,
      kind: 'info',
      text: c[0],
    })),
    ...core.endGroup.mock.calls.map((_, i) => ({
      at: core.endGroup.mock.invocationCallOrder[i]!,
      kind: 'end',
      text: '',
    })),
  ].sort((x, y) => x.at - y.at);
  const groups: Group[] = [];
  let open: Group | undefined;
  for (const call of calls) {
    if (call.kind === 'start') {
      open = { title: call.text, lines: [] };
      groups.push(open);
    } else if (call.kind === 'end') open = undefined;
    else open?.lines.push(call.text);
  }
  return groups;
}

const posting = (r: RunResult) => r.infos.filter((line) => / on \d+ incident\(s\)\.$/.test(line));

describe('the line that says what the step writes', () => {
  it.each([
    [{}, 'Posting a Custom Event on 1 incident(s).'],
    [{ 'event-type': 'Note' }, 'Posting a Note on 1 incident(s).'],
    [{ 'dry-run': 'true' }, 'Dry run: posting a Custom Event on 1 incident(s).'],
    [{ 'dry-run': 'true', 'event-type': 'Note' }, 'Dry run: posting a Note on 1 incident(s).'],
  ])('%j: %s', async (inputs, line) => {
    const r = await action.run({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false', ...inputs },
    });
    expect(r.failure).toBeUndefined();
    expect(posting(r)).toEqual([line]);
  });

  it('counts the incidents', async () => {
    const r = await action.run({
      inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'link-commit': 'false' },
    });
    expect(posting(r)).toEqual(['Posting a Custom Event on 2 incident(s).']);
  });

  it('an update names the event, and so does its dry run', async () => {
    const id = await action.addEvent(INCIDENT_A);
    const inputs = { 'incident-arn': INCIDENT_A, 'event-id': id, 'link-commit': 'false' };
    const r = await action.run({ inputs });
    expect(r.failure).toBeUndefined();
    expect(posting(r)).toEqual([`Updating event ${id} on 1 incident(s).`]);
    const dry = await action.run({ inputs: { ...inputs, 'dry-run': 'true' } });
    expect(posting(dry)).toEqual([`Dry run: updating event ${id} on 1 incident(s).`]);
  });
});

describe('one group per incident', () => {
  it('titled with the incident title and ARN, ending with the event created', async () => {
    const r = await action.run({
      inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'link-commit': 'false' },
      env: { INCIDENT_TIMELINE_PARALLEL_TARGETS: '1' },
    });
    const [a, b] = [INCIDENT_A, INCIDENT_B].map((arn) => action.events(arn)[0]!.eventId);
    expect(printedGroups()).toEqual([
      { title: `Checkout errors ${INCIDENT_A}`, lines: [`created event ${a}`] },
      { title: `Payments down ${INCIDENT_B}`, lines: [`created event ${b}`] },
    ]);
    expect(r.groups).toEqual([`Checkout errors ${INCIDENT_A}`, `Payments down ${INCIDENT_B}`]);
  });

  it('an update ends with the event updated', async () => {
    const id = await action.addEvent(INCIDENT_A);
    await action.run({
      inputs: { 'incident-arn': INCIDENT_A, 'event-id': id, 'link-commit': 'false' },
    });
    expect(printedGroups()).toEqual([
      { title: `Checkout errors ${INCIDENT_A}`, lines: [`updated event ${id}`] },
    ]);
  });

  it('a dry run of a create names no event', async () => {
    await action.run({
      inputs: { 'incident-arn': INCIDENT_A, 'dry-run': 'true', 'link-commit': 'false' },
    });
    expect(printedGroups()).toEqual([
      { title: `Checkout errors ${INCIDENT_A}`, lines: ['dry-run'] },
    ]);
  });

  it('a failed write ends with why; an incident whose title could not be read is its ARN alone', async () => {
    action.fault({ type: 'access-denied', operation: 'GetIncidentRecord' });
    action.fault({ type: 'access-denied', operation: 'CreateTimelineEvent' });
    const r = await action.run({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false', 'max-attempts': '1' },
    });
    const groups = printedGroups();
    expect(groups).toEqual([{ title: INCIDENT_A, lines: [expect.any(String)] }]);
    const [head] = groups[0]!.lines;
    expect(head).toMatch(/^failed: CreateTimelineEvent was denied /);
    expect(r.failure).toBe(
      `The event could not be written to 1 of 1 incident(s):\n${INCIDENT_A}: ${head!.slice('failed: '.length)}`,
    );
  });

  it("a target's lines come before how it ended", async () => {
    await action.run({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    // The same text again, with another event time: the service refuses the reused token,
    // and the step finds its earlier event instead of writing a second.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    const id = action.events(INCIDENT_A)[0]!.eventId;
    await action.run({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    const [group] = printedGroups();
    expect(group?.lines.at(-1)).toBe(`created event ${id}`);
    expect(group?.lines.length).toBeGreaterThan(1);
  });
});

describe("a target's warnings", () => {
  it('link-commit: titled as link-commit', async () => {
    action.fault({ type: 'access-denied', operation: 'ListRelatedItems' });
    const r = await action.run({ inputs: { 'incident-arn': INCIDENT_A } });
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([expect.stringMatching(/^link-commit: could not link the commit/)]);
    expect(r.warningTitles).toEqual(['Incident timeline: link-commit']);
  });

  it('any other: titled as the step', async () => {
    // An earlier try wrote the text, and so did another job: which one is this step's is not known.
    await action.run({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    const [first] = action.events(INCIDENT_A);
    await action.addEvent(INCIDENT_A, { eventData: first!.eventData, eventTime: new Date() });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
    const r = await action.run({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    expect(r.warnings).toEqual([
      expect.stringMatching(/^This step already posted its event earlier, but 2 events have/),
    ]);
    expect(r.warningTitles).toEqual(['Incident timeline']);
  });
});

describe('finish-on-job-end', () => {
  it('says how many events the job end will update', async () => {
    const r = await action.run({
      inputs: {
        'incident-arn': `${INCIDENT_A},${INCIDENT_B}`,
        'finish-on-job-end': 'true',
        'link-commit': 'false',
      },
    });
    expect(r.infos.filter((line) => line.startsWith('When the job ends'))).toEqual([
      'When the job ends, 2 event(s) will be updated with its outcome.',
    ]);
  });

  it('says nothing without it, or when nothing was created', async () => {
    const plain = await action.run({
      inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' },
    });
    expect(plain.outputs.outcome).toBe('created');
    expect(plain.infos.filter((line) => line.startsWith('When the job ends'))).toEqual([]);
    action.fault({ type: 'access-denied', operation: 'CreateTimelineEvent' });
    const failed = await action.run({
      inputs: {
        'incident-arn': INCIDENT_A,
        'finish-on-job-end': 'true',
        'link-commit': 'false',
        'max-attempts': '1',
      },
    });
    expect(failed.outputs.outcome).toBe('failed');
    expect(failed.infos.filter((line) => line.startsWith('When the job ends'))).toEqual([]);
  });
});

describe('an incident that does not exist', () => {
  it('fails on one line that names it once, whichever call found out', async () => {
    const typo = INCIDENT_A.replace(/1$/, '9');
    const r = await action.run({ inputs: { 'incident-arn': typo } });
    const lines = (r.failure ?? '').split('\n');
    const about = lines.filter((line) => line.includes(typo));
    expect(about).toHaveLength(1);
    expect(about[0]!.split(typo)).toHaveLength(2);
    expect(about[0]).toMatch(/not found/);
    expect(about[0]).toMatch(/incident ID/);
    expect(action.events(INCIDENT_A)).toEqual([]);
  });
});
