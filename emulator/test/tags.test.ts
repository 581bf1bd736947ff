/**
 * Tags: given at create (CreateResponsePlan, CreateReplicationSet), given to an incident by its
 * plan's template (incidentTemplate.incidentTags), changed by TagResource and UntagResource, served
 * by ListTagsForResource; and each error the model lists for the three operations.
 */
import {
  CreateReplicationSetCommand,
  CreateResponsePlanCommand,
  GetResponsePlanCommand,
  ListTagsForResourceCommand,
  StartIncidentCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID, failure, useSharedEmulator } from './helpers.js';
import { describeWithClient, findBoto3, runBoto3 } from './outside-clients.js';

const shared = useSharedEmulator();
const tagsOf = async (resourceArn: string) =>
  (await shared.ssm.send(new ListTagsForResourceCommand({ resourceArn }))).tags;

async function createPlan(tags?: Record<string, string>, incidentTags?: Record<string, string>) {
  const { arn } = await shared.ssm.send(
    new CreateResponsePlanCommand({
      name: 'checkout',
      incidentTemplate: { title: 'Checkout', impact: 2, incidentTags },
      tags,
    }),
  );
  return arn!;
}

describe('tags given at create', () => {
  it('of a response plan: listed by ListTagsForResource, not part of GetResponsePlan', async () => {
    const arn = await createPlan({ team: 'payments', env: 'prod' });
    expect(await tagsOf(arn)).toEqual({ team: 'payments', env: 'prod' });
    const plan = await shared.ssm.send(new GetResponsePlanCommand({ arn }));
    expect(plan).not.toHaveProperty('tags');
  });

  it("of an incident: its plan template's incidentTags, given by StartIncident", async () => {
    const planArn = await createPlan(undefined, { service: 'checkout' });
    const { incidentRecordArn } = await shared.ssm.send(
      new StartIncidentCommand({ responsePlanArn: planArn }),
    );
    expect(await tagsOf(incidentRecordArn!)).toEqual({ service: 'checkout' });
    // The plan's own tags are the plan's: none here.
    expect(await tagsOf(planArn)).toEqual({});
  });

  it('of the replication set', async () => {
    const { arn } = await shared.ssm.send(
      new CreateReplicationSetCommand({ regions: { 'us-east-1': {} }, tags: { owner: 'sre' } }),
    );
    expect(await tagsOf(arn!)).toEqual({ owner: 'sre' });
  });

  it('are kept in the state, with the plan and the incident', async () => {
    const planArn = await createPlan({ team: 'payments' }, { service: 'checkout' });
    const { incidentRecordArn } = await shared.ssm.send(
      new StartIncidentCommand({ responsePlanArn: planArn }),
    );
    const state = shared.emulator.state();
    expect(state.responsePlans[0]!.tags).toEqual({ team: 'payments' });
    expect(state.incidents.find((i) => i.arn === incidentRecordArn)!.tags).toEqual({
      service: 'checkout',
    });
  });
});

describe('TagResource and UntagResource', () => {
  it('add and overwrite keys, keeping the others; remove the keys named, any number at once', async () => {
    const arn = await createPlan({ team: 'payments', env: 'prod' });
    await shared.ssm.send(
      new TagResourceCommand({ resourceArn: arn, tags: { env: 'staging', tier: '1' } }),
    );
    expect(await tagsOf(arn)).toEqual({ team: 'payments', env: 'staging', tier: '1' });
    await shared.ssm.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['env', 'tier'] }));
    expect(await tagsOf(arn)).toEqual({ team: 'payments' });
    // Idempotent, as the model marks UntagResource: a key that is not there is no error.
    await shared.ssm.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['env'] }));
    expect(await tagsOf(arn)).toEqual({ team: 'payments' });
  });

  it('tag an incident too', async () => {
    const planArn = await createPlan();
    const { incidentRecordArn } = await shared.ssm.send(
      new StartIncidentCommand({ responsePlanArn: planArn }),
    );
    await shared.ssm.send(
      new TagResourceCommand({ resourceArn: incidentRecordArn!, tags: { sev: 'high' } }),
    );
    expect(await tagsOf(incidentRecordArn!)).toEqual({ sev: 'high' });
  });
});

describe('the documented errors of the tag operations', () => {
  const missing = `arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/nothing`;

  it('ResourceNotFoundException for an ARN that names no resource, from all three', async () => {
    for (const command of [
      new ListTagsForResourceCommand({ resourceArn: missing }),
      new TagResourceCommand({ resourceArn: missing, tags: { a: 'b' } }),
      new UntagResourceCommand({ resourceArn: missing, tagKeys: ['a'] }),
    ]) {
      const error = await failure(shared.ssm.send(command as never));
      expect(error.name).toBe('ResourceNotFoundException');
      expect(error.resourceIdentifier).toBe(missing);
      expect(error.resourceType).toBe('RESPONSE_PLAN');
    }
  });

  it('ValidationException for a key in the aws: namespace, no tags or no keys, writing nothing', async () => {
    const arn = await createPlan({ team: 'payments' });
    const reserved = await failure(
      shared.ssm.send(new TagResourceCommand({ resourceArn: arn, tags: { 'aws:owner': 'x' } })),
    );
    expect(reserved.name).toBe('ValidationException');
    expect(reserved.message).toContain('tags.key');
    const none = await failure(
      shared.ssm.send(new TagResourceCommand({ resourceArn: arn, tags: {} })),
    );
    expect(none.name).toBe('ValidationException');
    const noKeys = await failure(
      shared.ssm.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: [] })),
    );
    expect(noKeys.name).toBe('ValidationException');
    expect(await tagsOf(arn)).toEqual({ team: 'payments' });
  });

  it('ServiceQuotaExceededException past 50 tags on a resource, writing nothing', async () => {
    const arn = await createPlan(
      Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, 'v'])),
    );
    const error = await failure(
      shared.ssm.send(
        new TagResourceCommand({
          resourceArn: arn,
          tags: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`n${i}`, 'v'])),
        }),
      ),
    );
    expect(error.name).toBe('ServiceQuotaExceededException');
    expect(error.$metadata.httpStatusCode).toBe(402);
    expect(error).toMatchObject({ serviceCode: 'ssm-incidents', resourceIdentifier: arn });
    expect(error.message).toContain('50');
    expect(Object.keys((await tagsOf(arn)) ?? {})).toHaveLength(40);
    // Overwriting keys it has is no new tag.
    await shared.ssm.send(new TagResourceCommand({ resourceArn: arn, tags: { k0: 'w' } }));
    expect((await tagsOf(arn))?.k0).toBe('w');
  });
});

describe('the path of the tag operations', () => {
  it('names no operation when its ARN label is not a percent-encoding (no 500)', async () => {
    const response = await fetch(new URL('/tags/%E0%A4%A', shared.emulator.url));
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });
});

describeWithClient('tags through boto3', findBoto3(), () => {
  it('sends the ARN as a path label and the keys as a repeated query member', async () => {
    const arn = await createPlan({ team: 'payments' });
    const script = [
      'import boto3, json, os',
      "c = boto3.client('ssm-incidents', endpoint_url=os.environ['ENDPOINT'])",
      "arn = os.environ['ARN']",
      "c.tag_resource(resourceArn=arn, tags={'env': 'prod', 'tier': '1'})",
      "c.untag_resource(resourceArn=arn, tagKeys=['team', 'tier'])",
      "print(json.dumps(c.list_tags_for_resource(resourceArn=arn)['tags']))",
    ].join('\n');
    const stdout = await runBoto3(script, shared.emulator.url, { ARN: arn });
    expect(JSON.parse(stdout)).toEqual({ env: 'prod' });
  });
});
