/**
 * What the newer operations keep survives a restart with `--state`: tags, resource policies and
 * findings are written with their plan or incident and loaded back; a file with a malformed one is
 * refused, naming it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  GetResourcePoliciesCommand,
  ListIncidentFindingsCommand,
  ListTagsForResourceCommand,
  PutResourcePolicyCommand,
} from '@aws-sdk/client-ssm-incidents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, startTestEmulator } from './helpers.js';

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'emulator-state-resources-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('a state file', () => {
  it('keeps tags, resource policies and findings across a restart', async () => {
    const state = path.join(directory, 'kept.json');
    const first = await startTestEmulator({ state });
    const seeded = await first.seed({
      responsePlans: [
        {
          name: 'checkout',
          incidentTemplate: { title: 'Checkout', impact: 2, incidentTags: { service: 'checkout' } },
          tags: { team: 'payments' },
        },
      ],
      incidents: [{ responsePlan: 'checkout', findings: [{ id: 'f-1' }] }],
    });
    const [planArn] = seeded.responsePlans;
    const [incidentArn] = seeded.incidents;
    const ssm = clientFor(first);
    const { policyId } = await ssm.send(
      new PutResourcePolicyCommand({ resourceArn: planArn, policy: '{"Statement":[]}' }),
    );
    ssm.destroy();
    await first.close();

    const second = await startTestEmulator({ state });
    const again = clientFor(second);
    try {
      const tags = async (resourceArn: string) =>
        (await again.send(new ListTagsForResourceCommand({ resourceArn }))).tags;
      expect(await tags(planArn!)).toEqual({ team: 'payments' });
      expect(await tags(incidentArn!)).toEqual({ service: 'checkout' });
      const { resourcePolicies } = await again.send(
        new GetResourcePoliciesCommand({ resourceArn: planArn }),
      );
      expect(resourcePolicies?.map((p) => p.policyId)).toEqual([policyId]);
      const { findings } = await again.send(
        new ListIncidentFindingsCommand({ incidentRecordArn: incidentArn }),
      );
      expect(findings?.map((f) => f.id)).toEqual(['f-1']);
    } finally {
      again.destroy();
      await second.close();
    }
  });

  it('with a malformed tag, policy or finding is refused, naming each', async () => {
    const state = path.join(directory, 'kept.json');
    const document = JSON.parse(readFileSync(state, 'utf8'));
    document.responsePlans[0].tags = { 'aws:reserved': 'x' };
    document.responsePlans[0].resourcePolicies = [{ policyId: 'p' }];
    document.incidents[0].findings = [{ id: 'f-1' }];
    const broken = path.join(directory, 'broken.json');
    writeFileSync(broken, JSON.stringify(document));
    const error = await startTestEmulator({ state: broken }).then(
      () => new Error('the file was loaded'),
      (refused: Error) => refused,
    );
    expect(error.message).toContain('broken.json');
    for (const place of [
      "responsePlans[0]: 1 validation error detected: Value 'aws:reserved' at 'tags.key'",
      'responsePlans[0].resourcePolicies[0]',
      'incidents[0].findings[0]',
    ])
      expect(error.message).toContain(place);
  });
});
