/**
 * The operations that change or delete response plans and incidents, and resource policies:
 * UpdateResponsePlan, DeleteResponsePlan, DeleteIncidentRecord, PutResourcePolicy,
 * GetResourcePolicies and DeleteResourcePolicy, with the errors the model lists for them.
 */
import {
  CreateResponsePlanCommand,
  DeleteIncidentRecordCommand,
  DeleteResourcePolicyCommand,
  DeleteResponsePlanCommand,
  GetIncidentRecordCommand,
  GetResourcePoliciesCommand,
  GetResponsePlanCommand,
  ListIncidentRecordsCommand,
  ListTagsForResourceCommand,
  paginateGetResourcePolicies,
  PutResourcePolicyCommand,
  StartIncidentCommand,
  UpdateIncidentRecordCommand,
  UpdateResponsePlanCommand,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, clientFor, failure, useSharedEmulator } from './helpers.js';
import { describeWithClient, findBoto3, runBoto3 } from './outside-clients.js';

const shared = useSharedEmulator();
const SNS = `arn:aws:sns:us-east-1:${ACCOUNT_ID}:incidents`;
const MISSING_PLAN = `arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/nothing`;
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: '*', Resource: '*' }],
});

async function createPlan() {
  const { arn } = await shared.ssm.send(
    new CreateResponsePlanCommand({
      name: 'checkout',
      displayName: 'Checkout',
      incidentTemplate: {
        title: 'Checkout failing',
        impact: 3,
        summary: 'Orders fail',
        incidentTags: { service: 'checkout' },
      },
      chatChannel: { chatbotSns: [SNS] },
      engagements: [`arn:aws:ssm-contacts:us-east-1:${ACCOUNT_ID}:contact/oncall`],
      tags: { team: 'payments' },
    }),
  );
  return arn!;
}

describe('UpdateResponsePlan', () => {
  it('replaces the members given and keeps the others; incidents started after use the new template', async () => {
    const arn = await createPlan();
    await shared.ssm.send(
      new UpdateResponsePlanCommand({
        arn,
        displayName: 'Checkout API',
        incidentTemplateTitle: 'Checkout down',
        incidentTemplateImpact: 1,
        incidentTemplateNotificationTargets: [{ snsTopicArn: SNS }],
        engagements: [],
      }),
    );
    const plan = await shared.ssm.send(new GetResponsePlanCommand({ arn }));
    expect(plan).toMatchObject({
      displayName: 'Checkout API',
      incidentTemplate: {
        title: 'Checkout down',
        impact: 1,
        summary: 'Orders fail',
        incidentTags: { service: 'checkout' },
        notificationTargets: [{ snsTopicArn: SNS }],
      },
      chatChannel: { chatbotSns: [SNS] },
      engagements: [],
    });
    const { incidentRecordArn } = await shared.ssm.send(
      new StartIncidentCommand({ responsePlanArn: arn }),
    );
    const { incidentRecord } = await shared.ssm.send(
      new GetIncidentRecordCommand({ arn: incidentRecordArn }),
    );
    expect(incidentRecord).toMatchObject({ title: 'Checkout down', impact: 1 });
  });

  it('removes the chat channel with the empty channel, and the template tags with an empty map', async () => {
    const arn = await createPlan();
    await shared.ssm.send(
      new UpdateResponsePlanCommand({ arn, chatChannel: { empty: {} }, incidentTemplateTags: {} }),
    );
    const plan = await shared.ssm.send(new GetResponsePlanCommand({ arn }));
    expect(plan.chatChannel).toBeUndefined();
    expect(plan.incidentTemplate?.incidentTags).toBeUndefined();
    // The plan's own tags are not the template's.
    const { tags } = await shared.ssm.send(new ListTagsForResourceCommand({ resourceArn: arn }));
    expect(tags).toEqual({ team: 'payments' });
  });

  it('answers a repeat with the same clientToken once, a reuse with other parameters with ConflictException', async () => {
    const arn = await createPlan();
    await shared.ssm.send(
      new UpdateResponsePlanCommand({ arn, displayName: 'A', clientToken: 'update-1' }),
    );
    await shared.ssm.send(
      new UpdateResponsePlanCommand({ arn, displayName: 'A', clientToken: 'update-1' }),
    );
    const conflict = await failure(
      shared.ssm.send(
        new UpdateResponsePlanCommand({ arn, displayName: 'B', clientToken: 'update-1' }),
      ),
    );
    expect(conflict.name).toBe('ConflictException');
    expect((await shared.ssm.send(new GetResponsePlanCommand({ arn }))).displayName).toBe('A');
  });

  it('ResourceNotFoundException for an unknown plan; ValidationException past the model bounds', async () => {
    const missing = await failure(
      shared.ssm.send(new UpdateResponsePlanCommand({ arn: MISSING_PLAN, displayName: 'x' })),
    );
    expect(missing.name).toBe('ResourceNotFoundException');
    expect(missing.resourceType).toBe('RESPONSE_PLAN');
    const arn = await createPlan();
    const invalid = await failure(
      shared.ssm.send(new UpdateResponsePlanCommand({ arn, incidentTemplateImpact: 6 })),
    );
    expect(invalid.name).toBe('ValidationException');
    expect(invalid.message).toContain('incidentTemplateImpact');
  });
});

describe('DeleteResponsePlan', () => {
  it('deletes the plan with its tags and resource policies; its incidents stay; a second delete succeeds', async () => {
    const arn = await createPlan();
    const { incidentRecordArn } = await shared.ssm.send(
      new StartIncidentCommand({ responsePlanArn: arn }),
    );
    await shared.ssm.send(new PutResourcePolicyCommand({ resourceArn: arn, policy: POLICY }));
    await shared.ssm.send(new DeleteResponsePlanCommand({ arn }));
    expect((await failure(shared.ssm.send(new GetResponsePlanCommand({ arn })))).name).toBe(
      'ResourceNotFoundException',
    );
    for (const command of [
      new ListTagsForResourceCommand({ resourceArn: arn }),
      new GetResourcePoliciesCommand({ resourceArn: arn }),
      new StartIncidentCommand({ responsePlanArn: arn }),
    ]) {
      expect((await failure(shared.ssm.send(command as never))).name).toBe(
        'ResourceNotFoundException',
      );
    }
    await expect(
      shared.ssm.send(new GetIncidentRecordCommand({ arn: incidentRecordArn })),
    ).resolves.toBeDefined();
    // Idempotent, as the model marks it, with no ResourceNotFoundException among its errors.
    await expect(shared.ssm.send(new DeleteResponsePlanCommand({ arn }))).resolves.toBeDefined();
    // A plan of the same name can be created again.
    expect(await createPlan()).toBe(arn);
  });
});

describe('the ValidationException of DeleteResponsePlan', () => {
  it('for an ARN off the model pattern, deleting nothing', async () => {
    const arn = await createPlan();
    const error = await failure(
      shared.ssm.send(new DeleteResponsePlanCommand({ arn: 'checkout' })),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toContain("'arn'");
    await expect(shared.ssm.send(new GetResponsePlanCommand({ arn }))).resolves.toBeDefined();
  });
});

describe('UpdateIncidentRecord with the empty chat channel', () => {
  it('removes the chat channel the record had from its plan, as documented', async () => {
    const planArn = await createPlan();
    const { incidentRecordArn: arn } = await shared.ssm.send(
      new StartIncidentCommand({ responsePlanArn: planArn }),
    );
    const record = async () =>
      (await shared.ssm.send(new GetIncidentRecordCommand({ arn }))).incidentRecord!;
    expect((await record()).chatChannel).toEqual({ chatbotSns: [SNS] });
    await shared.ssm.send(new UpdateIncidentRecordCommand({ arn, chatChannel: { empty: {} } }));
    expect((await record()).chatChannel).toBeUndefined();
  });
});

describe('DeleteIncidentRecord', () => {
  it('deletes the incident with its timeline and tags; a second delete succeeds', async () => {
    const planArn = await createPlan();
    const { incidentRecordArn } = await shared.ssm.send(
      new StartIncidentCommand({ responsePlanArn: planArn }),
    );
    await shared.ssm.send(new DeleteIncidentRecordCommand({ arn: incidentRecordArn }));
    const gone = await failure(
      shared.ssm.send(new GetIncidentRecordCommand({ arn: incidentRecordArn })),
    );
    expect(gone.name).toBe('ResourceNotFoundException');
    const tags = await failure(
      shared.ssm.send(new ListTagsForResourceCommand({ resourceArn: incidentRecordArn })),
    );
    expect(tags.name).toBe('ResourceNotFoundException');
    expect(
      (await shared.ssm.send(new ListIncidentRecordsCommand({}))).incidentRecordSummaries,
    ).toEqual([]);
    await expect(
      shared.ssm.send(new DeleteIncidentRecordCommand({ arn: incidentRecordArn })),
    ).resolves.toBeDefined();
  });

  it('ValidationException for an ARN off the model pattern', async () => {
    const error = await failure(
      shared.ssm.send(new DeleteIncidentRecordCommand({ arn: 'incident-1' })),
    );
    expect(error.name).toBe('ValidationException');
    expect(error.message).toContain("'arn'");
  });
});

describe('resource policies', () => {
  it('are added, listed in pages with the region they were put in, and deleted', async () => {
    const arn = await createPlan();
    const west = clientFor(shared.emulator, { region: 'us-west-2' });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { policyId } = await west.send(
          new PutResourcePolicyCommand({ resourceArn: arn, policy: POLICY }),
        );
        ids.push(policyId!);
      }
      expect(new Set(ids).size).toBe(3);
      const listed = [];
      for await (const page of paginateGetResourcePolicies(
        { client: shared.ssm, pageSize: 2 },
        { resourceArn: arn },
      ))
        listed.push(...page.resourcePolicies!);
      expect(listed).toEqual(
        ids.map((policyId) => ({
          policyId,
          policyDocument: POLICY,
          ramResourceShareRegion: 'us-west-2',
        })),
      );
      await shared.ssm.send(
        new DeleteResourcePolicyCommand({ resourceArn: arn, policyId: ids[1] }),
      );
      const { resourcePolicies } = await shared.ssm.send(
        new GetResourcePoliciesCommand({ resourceArn: arn }),
      );
      expect(resourcePolicies!.map((p) => p.policyId)).toEqual([ids[0], ids[2]]);
      // Kept in the state with the plan.
      expect(shared.emulator.state().responsePlans[0]!.resourcePolicies).toHaveLength(2);
    } finally {
      west.destroy();
    }
  });

  it('ResourceNotFoundException for an unknown plan or policy, ValidationException for a document that is not JSON', async () => {
    for (const command of [
      new PutResourcePolicyCommand({ resourceArn: MISSING_PLAN, policy: POLICY }),
      new GetResourcePoliciesCommand({ resourceArn: MISSING_PLAN }),
      new DeleteResourcePolicyCommand({ resourceArn: MISSING_PLAN, policyId: 'p' }),
    ]) {
      const error = await failure(shared.ssm.send(command as never));
      expect(error.name).toBe('ResourceNotFoundException');
      expect(error.resourceType).toBe('RESPONSE_PLAN');
    }
    const arn = await createPlan();
    const policy = await failure(
      shared.ssm.send(new DeleteResourcePolicyCommand({ resourceArn: arn, policyId: 'none' })),
    );
    expect(policy).toMatchObject({
      name: 'ResourceNotFoundException',
      resourceType: 'RESOURCE_POLICY',
      resourceIdentifier: 'none',
    });
    const invalid = await failure(
      shared.ssm.send(new PutResourcePolicyCommand({ resourceArn: arn, policy: 'allow all' })),
    );
    expect(invalid.name).toBe('ValidationException');
    expect(invalid.message).toContain("'policy'");
    expect(
      (await shared.ssm.send(new GetResourcePoliciesCommand({ resourceArn: arn })))
        .resourcePolicies,
    ).toEqual([]);
  });
});

describeWithClient('plans, incidents and policies through boto3', findBoto3(), () => {
  it('updates and deletes a plan and an incident, and round-trips a policy', async () => {
    const arn = await createPlan();
    const script = [
      'import boto3, json, os',
      "c = boto3.client('ssm-incidents', endpoint_url=os.environ['ENDPOINT'])",
      "arn = os.environ['ARN']",
      "c.update_response_plan(arn=arn, incidentTemplateTitle='Boto title', chatChannel={'empty': {}})",
      "title = c.get_response_plan(arn=arn)['incidentTemplate']['title']",
      "pid = c.put_resource_policy(resourceArn=arn, policy=os.environ['POLICY'])['policyId']",
      "listed = [p['policyId'] for p in c.get_resource_policies(resourceArn=arn)['resourcePolicies']]",
      'c.delete_resource_policy(resourceArn=arn, policyId=pid)',
      "incident = c.start_incident(responsePlanArn=arn)['incidentRecordArn']",
      'c.delete_incident_record(arn=incident)',
      'c.delete_response_plan(arn=arn)',
      "plans = c.list_response_plans()['responsePlanSummaries']",
      "print(json.dumps({'title': title, 'listed': listed == [pid], 'plans': plans}))",
    ].join('\n');
    const out = JSON.parse(await runBoto3(script, shared.emulator.url, { ARN: arn, POLICY }));
    expect(out).toEqual({ title: 'Boto title', listed: true, plans: [] });
  });
});
