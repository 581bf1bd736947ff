/**
 * Findings: seeded (CodeDeploy and CloudFormation are not here), listed by ListIncidentFindings
 * in pages, read by BatchGetIncidentFindings, with the errors the model lists for both.
 */
import {
  BatchGetIncidentFindingsCommand,
  ListIncidentFindingsCommand,
  paginateListIncidentFindings,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, control, failure, useSharedEmulator } from './helpers.js';
import { describeWithClient, findBoto3, runBoto3 } from './outside-clients.js';

const shared = useSharedEmulator();
const DEPLOYMENT_GROUP = `arn:aws:codedeploy:us-east-1:${ACCOUNT_ID}:deploymentgroup:app/blue`;
const STACK = `arn:aws:cloudformation:us-east-1:${ACCOUNT_ID}:stack/app/1a2b3c`;

async function seedIncidentWithFindings() {
  const seeded = await shared.emulator.seed({
    incidents: [
      {
        responsePlan: 'checkout',
        id: 'with-findings',
        findings: [
          {
            id: 'deploy-1',
            creationTime: '2026-05-01T10:00:00Z',
            codeDeployDeployment: {
              deploymentGroupArn: DEPLOYMENT_GROUP,
              deploymentId: 'd-ABC123',
              startTime: '2026-05-01T09:55:00Z',
            },
          },
          {
            id: 'stack-1',
            creationTime: 1777629600,
            lastModifiedTime: 1777630200,
            cloudFormationStackUpdate: {
              stackArn: STACK,
              startTime: 1777629000,
              endTime: 1777629500,
            },
          },
        ],
      },
    ],
  });
  return seeded.incidents[0]!;
}

describe('findings seeded with an incident', () => {
  it('are listed with their last modification, and read whole with their details', async () => {
    const arn = await seedIncidentWithFindings();
    const { findings } = await shared.ssm.send(
      new ListIncidentFindingsCommand({ incidentRecordArn: arn }),
    );
    expect(findings).toEqual([
      { id: 'deploy-1', lastModifiedTime: new Date('2026-05-01T10:00:00Z') },
      { id: 'stack-1', lastModifiedTime: new Date(1777630200 * 1000) },
    ]);
    const batch = await shared.ssm.send(
      new BatchGetIncidentFindingsCommand({ incidentRecordArn: arn, findingIds: ['stack-1'] }),
    );
    expect(batch.errors).toEqual([]);
    expect(batch.findings).toEqual([
      {
        id: 'stack-1',
        creationTime: new Date(1777629600 * 1000),
        lastModifiedTime: new Date(1777630200 * 1000),
        details: {
          cloudFormationStackUpdate: {
            stackArn: STACK,
            startTime: new Date(1777629000 * 1000),
            endTime: new Date(1777629500 * 1000),
          },
        },
      },
    ]);
  });

  it('are kept in the state', async () => {
    const arn = await seedIncidentWithFindings();
    const incident = shared.emulator.state().incidents.find((i) => i.arn === arn)!;
    expect(incident.findings?.map((f) => f.id)).toEqual(['deploy-1', 'stack-1']);
  });
});

describe('findings seeded for an incident that exists', () => {
  it('through the control API, with generated IDs when none is given', async () => {
    const seeded = await shared.emulator.seed({ incidents: [{ responsePlan: 'checkout' }] });
    const arn = seeded.incidents[0]!;
    const { status, json } = await control(shared.emulator, 'POST', 'seed', {
      findings: Array.from({ length: 25 }, () => ({ incidentRecordArn: arn })),
    });
    expect(status).toBe(200);
    expect(json.findings[0].incidentRecordArn).toBe(arn);
    expect(json.findings[0].ids).toHaveLength(25);
    // ListIncidentFindings pages by at most 20, the model's bound of maxResults.
    const pages: number[] = [];
    for await (const page of paginateListIncidentFindings(
      { client: shared.ssm },
      { incidentRecordArn: arn },
    ))
      pages.push(page.findings!.length);
    expect(pages).toEqual([20, 5]);
  });

  it('refused, with nothing written, when the incident does not exist or a finding is two kinds', async () => {
    const seeded = await shared.emulator.seed({ incidents: [{ responsePlan: 'checkout' }] });
    const arn = seeded.incidents[0]!;
    const before = shared.emulator.state();
    const unknown = await control(shared.emulator, 'POST', 'seed', {
      findings: [{ incidentRecordArn: arn }, { incidentRecordArn: `${arn.slice(0, -4)}zzzz` }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toContain('findings[1].incidentRecordArn');
    const both = await control(shared.emulator, 'POST', 'seed', {
      findings: [
        {
          incidentRecordArn: arn,
          codeDeployDeployment: {
            deploymentGroupArn: DEPLOYMENT_GROUP,
            deploymentId: 'd',
            startTime: 1,
          },
          cloudFormationStackUpdate: { stackArn: STACK, startTime: 1 },
        },
      ],
    });
    expect(both.status).toBe(400);
    expect(both.json.message).toMatch(/codeDeployDeployment and cloudFormationStackUpdate/);
    const missingMember = await control(shared.emulator, 'POST', 'seed', {
      findings: [
        { incidentRecordArn: arn, codeDeployDeployment: { deploymentId: 'd', startTime: 1 } },
      ],
    });
    expect(missingMember.status).toBe(400);
    expect(missingMember.json.message).toContain('deploymentGroupArn');
    expect(shared.emulator.state()).toEqual(before);
  });
});

describe('the documented errors of the findings operations', () => {
  const missing = `arn:aws:ssm-incidents::${ACCOUNT_ID}:incident-record/checkout/none`;

  it('ResourceNotFoundException for an unknown incident, from both', async () => {
    for (const command of [
      new ListIncidentFindingsCommand({ incidentRecordArn: missing }),
      new BatchGetIncidentFindingsCommand({ incidentRecordArn: missing, findingIds: ['x'] }),
    ]) {
      const error = await failure(shared.ssm.send(command as never));
      expect(error.name).toBe('ResourceNotFoundException');
      expect(error.resourceIdentifier).toBe(missing);
    }
  });

  it('an unknown finding ID is an entry of errors, the others are served', async () => {
    const arn = await seedIncidentWithFindings();
    const batch = await shared.ssm.send(
      new BatchGetIncidentFindingsCommand({
        incidentRecordArn: arn,
        findingIds: ['deploy-1', 'gone', 'deploy-1'],
      }),
    );
    expect(batch.findings!.map((f) => f.id)).toEqual(['deploy-1']);
    expect(batch.errors).toEqual([
      {
        findingId: 'gone',
        code: 'ResourceNotFoundException',
        message: expect.stringContaining('gone'),
      },
    ]);
  });

  it('ValidationException past the model bounds: 20 IDs, maxResults 1 to 20', async () => {
    const arn = await seedIncidentWithFindings();
    const tooMany = await failure(
      shared.ssm.send(
        new BatchGetIncidentFindingsCommand({
          incidentRecordArn: arn,
          findingIds: Array.from({ length: 21 }, (_, i) => `f${i}`),
        }),
      ),
    );
    expect(tooMany.name).toBe('ValidationException');
    expect(tooMany.message).toContain('findingIds');
    const bigPage = await failure(
      shared.ssm.send(new ListIncidentFindingsCommand({ incidentRecordArn: arn, maxResults: 21 })),
    );
    expect(bigPage.name).toBe('ValidationException');
    expect(bigPage.message).toContain('maxResults');
  });
});

describeWithClient('findings through boto3', findBoto3(), () => {
  it('parses both answers', async () => {
    const arn = await seedIncidentWithFindings();
    const script = [
      'import boto3, json, os',
      "c = boto3.client('ssm-incidents', endpoint_url=os.environ['ENDPOINT'])",
      "arn = os.environ['ARN']",
      "ids = [f['id'] for f in c.list_incident_findings(incidentRecordArn=arn)['findings']]",
      "got = c.batch_get_incident_findings(incidentRecordArn=arn, findingIds=ids + ['gone'])",
      "start = got['findings'][0]['details']['codeDeployDeployment']['startTime'].isoformat()",
      "print(json.dumps({'ids': ids, 'start': start, 'errors': [e['findingId'] for e in got['errors']]}))",
    ].join('\n');
    const out = JSON.parse(await runBoto3(script, shared.emulator.url, { ARN: arn }));
    expect(out).toEqual({
      ids: ['deploy-1', 'stack-1'],
      start: '2026-05-01T09:55:00+00:00',
      errors: ['gone'],
    });
  });
});
