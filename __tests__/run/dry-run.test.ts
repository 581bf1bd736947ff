/** dry-run: the targets are found and read, the text is made, and nothing is written. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { INCIDENT_A, INCIDENT_B, incident, results, useEmulatorRun } from './helpers.js';

const action = useEmulatorRun();
const READS = new Set(['ListIncidentRecords', 'GetIncidentRecord', 'ListRelatedItems']);

describe('dry-run', () => {
  it('with incident ARNs reads them and writes nothing', async () => {
    await action.seed(incident(INCIDENT_A, 'Incident 1'), incident(INCIDENT_B, 'Incident 2'));
    const r = await action.run({
      inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'dry-run': 'true' },
    });
    expect(r.failure).toBeUndefined();
    expect(r.commands.length).toBeGreaterThan(0);
    expect(r.commands.every((c) => READS.has(c))).toBe(true);
    expect(action.events(INCIDENT_A)).toEqual([]);
    expect(r.outputs.outcome).toBe('dry-run');
    expect(r.outputs.skipped).toBe('true');
    expect(r.outputs['event-ids']).toBe('[]');
    expect(results(r).map((x) => [x.title, x.action])).toEqual([
      ['Incident 1', 'dry-run'],
      ['Incident 2', 'dry-run'],
    ]);
    expect(r.summary).toContain('dry run, nothing written');
  });

  it('with a search only lists incidents', async () => {
    await action.seed(incident(INCIDENT_A, 'Checkout errors'));
    const r = await action.run({ inputs: { 'dry-run': 'true', 'event-type': 'Note' } });
    expect(r.commands).toEqual(['ListIncidentRecords']);
    expect(r.outputs.outcome).toBe('dry-run');
    expect(r.outputs['event-data']).toContain('acme/shop@1a2b3c4');
  });

  it('reads each named incident once, and writes or links nothing', async () => {
    await action.seed(incident(INCIDENT_A, 'Incident 1'), incident(INCIDENT_B, 'Incident 2'));
    const r = await action.run({
      inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'dry-run': 'true' },
    });
    expect([...r.commands].sort()).toEqual(['GetIncidentRecord', 'GetIncidentRecord']);
    expect(results(r).map((x) => x.eventId)).toEqual(['', '']);
  });

  it('of an update names the event it would update', async () => {
    await action.seed(incident(INCIDENT_A, 'Incident 1'));
    const id = (await action.addEvent(INCIDENT_A)).toUpperCase();
    const r = await action.run({
      inputs: { 'incident-arn': INCIDENT_A, 'event-id': id, 'dry-run': 'true' },
    });
    expect(results(r)).toMatchObject([{ action: 'dry-run', eventId: id }]);
    expect(r.commands).not.toContain('UpdateTimelineEvent');
    expect(r.infos).toContain(`Dry run: updating event ${id} on 1 incident(s).`);
  });
});
