/**
 * The real AWS CLI v2 and boto3 against the bundled emulator, with signature verification on:
 * their own signing and response parsing must accept everything it serves. Each suite runs when
 * its client is installed and is skipped, saying which and how to install it, when not; with
 * REQUIRE_OUTSIDE_CLIENTS=1 (CI) a missing client fails instead (outside-clients.ts).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createSelfSignedCertificate,
  opensslVersion,
  type SelfSignedCertificate,
} from './tools.js';
import { spawnBundledEmulator, type BundledEmulator } from './bundle.js';
import {
  ACCESS_KEY_ID,
  ACCOUNT_ID,
  REGION,
  SECRET_ACCESS_KEY,
  control,
  failure,
  type Json,
} from './helpers.js';
import { describeWithClient, findAwsCliV2, findBoto3 } from './outside-clients.js';
import { ROLE_ARN, oidcToken } from './sts-helpers.js';

const run = promisify(execFile);
const AWS_CLI = findAwsCliV2();
const BOTO3 = findBoto3();
const OPENSSL = opensslVersion();

/** Credentials and region from the environment only: no user config can leak in. */
const CLIENT_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '/tmp',
  AWS_ACCESS_KEY_ID: ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
  AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEMULATORSESSION',
  AWS_DEFAULT_REGION: REGION,
  AWS_REGION: REGION,
  AWS_PAGER: '',
  AWS_CONFIG_FILE: '/nonexistent/aws-config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
  AWS_EC2_METADATA_DISABLED: 'true',
};

let emulator: BundledEmulator;
beforeAll(async () => {
  if (!AWS_CLI.found && !BOTO3.found) return;
  emulator = await spawnBundledEmulator([
    '--quiet',
    '--access-key-id',
    ACCESS_KEY_ID,
    '--secret-access-key',
    SECRET_ACCESS_KEY,
    '--region',
    REGION,
  ]);
});
afterAll(async () => {
  await emulator?.stop();
});

describeWithClient('AWS CLI v2', AWS_CLI, ({ command: AWS_CLI_V2 }) => {
  /** Runs `aws ssm-incidents ...`; exit code 0 and JSON output (or none, for 204 operations). */
  async function aws(...args: string[]): Promise<Json> {
    const { stdout } = await run(
      AWS_CLI_V2,
      ['ssm-incidents', ...args, '--endpoint-url', emulator.url, '--output', 'json'],
      { env: CLIENT_ENV },
    );
    return stdout.trim() ? JSON.parse(stdout) : {};
  }

  // Ten CLI processes, each a second or more to start on a loaded machine: more than the default.
  it('makes a replication set and reads an event across its regions (--region each time)', async () => {
    await control(emulator, 'POST', 'reset');
    const inRegion = (region: string, ...args: string[]) => aws(...args, '--region', region);
    const { arn } = await inRegion(
      'us-east-1',
      'create-replication-set',
      '--regions',
      '{"us-east-1":{},"us-west-2":{}}',
    );
    expect(arn).toMatch(/:replication-set\//);
    const { replicationSet } = await inRegion('us-west-2', 'get-replication-set', '--arn', arn);
    expect(Object.keys(replicationSet.regionMap).sort()).toEqual(['us-east-1', 'us-west-2']);
    expect((await inRegion('us-west-2', 'list-replication-sets')).replicationSetArns).toEqual([
      arn,
    ]);
    const seeded = await control(emulator, 'POST', 'seed', {
      incidents: [{ responsePlan: 'cli-regions', id: 'x', title: 'Regions', impact: 3 }],
    });
    const incident = seeded.json.incidents[0] as string;
    const { eventId } = await inRegion(
      'us-east-1',
      'create-timeline-event',
      '--incident-record-arn',
      incident,
      '--event-time',
      '2024-05-01T00:00:00Z',
      '--event-type',
      'Custom Event',
      '--event-data',
      '"written in us-east-1"',
    );
    const read = await inRegion(
      'us-west-2',
      'get-timeline-event',
      '--incident-record-arn',
      incident,
      '--event-id',
      eventId,
    );
    expect(read.event.eventData).toBe('"written in us-east-1"');
    await inRegion(
      'us-east-1',
      'update-replication-set',
      '--arn',
      arn,
      '--actions',
      '[{"deleteRegionAction":{"regionName":"us-west-2"}}]',
    );
    await inRegion('us-east-1', 'delete-replication-set', '--arn', arn);
    expect((await inRegion('us-east-1', 'list-replication-sets')).replicationSetArns).toEqual([]);
  }, 90_000);

  it('drives a whole incident through the CLI', async () => {
    const plan = await aws(
      'create-response-plan',
      '--name',
      'cli-plan',
      '--display-name',
      'CLI plan',
      '--incident-template',
      'title=CLI incident,impact=3',
    );
    expect(plan.arn).toBe(`arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/cli-plan`);
    expect((await aws('get-response-plan', '--arn', plan.arn)).incidentTemplate).toEqual({
      title: 'CLI incident',
      impact: 3,
    });
    expect((await aws('list-response-plans')).responsePlanSummaries).toContainEqual({
      arn: plan.arn,
      name: 'cli-plan',
      displayName: 'CLI plan',
    });

    const { incidentRecordArn: arn } = await aws(
      'start-incident',
      '--response-plan-arn',
      plan.arn,
      '--impact',
      '2',
    );
    const { incidentRecord } = await aws('get-incident-record', '--arn', arn);
    expect(incidentRecord).toMatchObject({ arn, title: 'CLI incident', impact: 2, status: 'OPEN' });
    expect(incidentRecord.creationTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    await aws(
      'update-related-items',
      '--incident-record-arn',
      arn,
      '--related-items-update',
      JSON.stringify({
        itemToAdd: {
          title: 'Commit',
          identifier: { type: 'OTHER', value: { url: 'https://github.com/o/r/commit/abc' } },
        },
      }),
    );
    const { relatedItems } = await aws('list-related-items', '--incident-record-arn', arn);
    expect(relatedItems).toHaveLength(1);
    const relatedItemId = relatedItems[0].generatedId;

    const { eventId } = await aws(
      'create-timeline-event',
      '--incident-record-arn',
      arn,
      '--event-time',
      '2024-05-01T10:00:00Z',
      '--event-type',
      'Custom Event',
      '--event-data',
      '"Deployed v2"',
      '--event-references',
      JSON.stringify([{ relatedItemId }, { resource: arn }]),
    );
    await aws(
      'create-timeline-event',
      '--incident-record-arn',
      arn,
      '--event-time',
      '2024-05-01T11:00:00Z',
      '--event-type',
      'Note',
      '--event-data',
      '"Note"',
    );
    await aws(
      'update-timeline-event',
      '--incident-record-arn',
      arn,
      '--event-id',
      eventId,
      '--event-data',
      '"Deployed v3"',
    );
    const { event } = await aws(
      'get-timeline-event',
      '--incident-record-arn',
      arn,
      '--event-id',
      eventId,
    );
    expect(event).toMatchObject({
      eventId,
      eventData: '"Deployed v3"',
      eventType: 'Custom Event',
      eventTime: '2024-05-01T10:00:00+00:00',
    });

    const listed = await aws(
      'list-timeline-events',
      '--incident-record-arn',
      arn,
      '--sort-by',
      'EVENT_TIME',
      '--sort-order',
      'ASCENDING',
      '--filters',
      JSON.stringify([
        { key: 'eventType', condition: { equals: { stringValues: ['Custom Event'] } } },
      ]),
    );
    expect(listed.eventSummaries.map((e: { eventId: string }) => e.eventId)).toEqual([eventId]);
    await aws('delete-timeline-event', '--incident-record-arn', arn, '--event-id', eventId);

    await aws('update-incident-record', '--arn', arn, '--status', 'RESOLVED');
    const resolved = await aws(
      'list-incident-records',
      '--filters',
      JSON.stringify([{ key: 'status', condition: { equals: { stringValues: ['RESOLVED'] } } }]),
    );
    expect(resolved.incidentRecordSummaries).toHaveLength(1);
    expect(resolved.incidentRecordSummaries[0]).toMatchObject({ arn, status: 'RESOLVED' });
    expect(resolved.incidentRecordSummaries[0].resolvedTime).toBeTruthy();
    // Some twenty CLI processes, each a second or more to start on a busy machine.
  }, 120_000);

  it('follows nextToken through every page', async () => {
    await control(emulator, 'POST', 'seed', {
      generateIncidents: { count: 23, responsePlan: 'cli-paging', impact: 5 },
    });
    const all = await aws(
      'list-incident-records',
      '--page-size',
      '5',
      '--filters',
      JSON.stringify([{ key: 'impact', condition: { equals: { integerValues: [5] } } }]),
    );
    expect(all.incidentRecordSummaries).toHaveLength(23);
    expect(new Set(all.incidentRecordSummaries.map((s: { arn: string }) => s.arn)).size).toBe(23);
  });

  it('reports service errors with the error code and a non-zero exit', async () => {
    const missing = `arn:aws:ssm-incidents::${ACCOUNT_ID}:incident-record/cli-plan/00000000-0000-0000-0000-000000000000`;
    const error = await run(
      AWS_CLI_V2,
      ['ssm-incidents', 'get-incident-record', '--arn', missing, '--endpoint-url', emulator.url],
      { env: CLIENT_ENV },
    ).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(254);
    expect(error?.stderr).toContain('ResourceNotFoundException');
  });

  it.skipIf(!OPENSSL)(
    `talks to it over HTTPS, trusting the certificate with --ca-bundle${OPENSSL ? '' : ' (skipped: no openssl CLI to make one)'}`,
    async () => {
      const certificate: SelfSignedCertificate = createSelfSignedCertificate();
      const secure = await spawnBundledEmulator([
        '--quiet',
        '--tls-cert',
        certificate.cert,
        '--tls-key',
        certificate.key,
      ]);
      try {
        const { stdout } = await run(
          AWS_CLI_V2,
          [
            'ssm-incidents',
            'list-response-plans',
            '--endpoint-url',
            secure.url,
            '--ca-bundle',
            certificate.cert,
            '--output',
            'json',
          ],
          { env: CLIENT_ENV },
        );
        expect(JSON.parse(stdout)).toEqual({ responsePlanSummaries: [] });
      } finally {
        await secure.stop();
        certificate.remove();
      }
    },
    60_000,
  );
});

/** A body that is not JSON, swapped in before botocore signs the request. */
const BOTO3_MALFORMED_BODY = String.raw`
import json, os, sys
import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

c = boto3.client("ssm-incidents", endpoint_url=os.environ["ENDPOINT"], config=Config(retries={"max_attempts": 1}))
def malformed(request, **kwargs):
    request.data = b'{"maxResults":'
c.meta.events.register("before-sign.ssm-incidents.ListResponsePlans", malformed)
try:
    c.list_response_plans()
except ClientError as e:
    json.dump([e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]], sys.stdout)
`;

const BOTO3_SCRIPT = String.raw`
import datetime, json, os, sys
import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

c = boto3.client("ssm-incidents", endpoint_url=os.environ["ENDPOINT"], config=Config(retries={"max_attempts": 1}))
out = {}
plan = c.create_response_plan(name="boto-plan", incidentTemplate={"title": "Boto incident", "impact": 4, "summary": "s"})["arn"]
out["planArn"] = plan
out["plan"] = c.get_response_plan(arn=plan)["incidentTemplate"]
arns = [c.start_incident(responsePlanArn=plan, title="boto %d" % i)["incidentRecordArn"] for i in range(3)]
rec = c.get_incident_record(arn=arns[0])["incidentRecord"]
assert isinstance(rec["creationTime"], datetime.datetime), rec
out["status"] = rec["status"]
c.update_related_items(incidentRecordArn=arns[0], relatedItemsUpdate={"itemToAdd": {"identifier": {"type": "ATTACHMENT", "value": {"arn": "arn:aws:s3:::bucket/log.txt"}}}})
item = c.list_related_items(incidentRecordArn=arns[0])["relatedItems"][0]
ev = c.create_timeline_event(incidentRecordArn=arns[0], eventTime=datetime.datetime(2024, 5, 1, tzinfo=datetime.timezone.utc), eventType="Custom Event", eventData='"boto"', eventReferences=[{"relatedItemId": item["generatedId"]}], clientToken="boto-token")
again = c.create_timeline_event(incidentRecordArn=arns[0], eventTime=datetime.datetime(2024, 5, 1, tzinfo=datetime.timezone.utc), eventType="Custom Event", eventData='"boto"', eventReferences=[{"relatedItemId": item["generatedId"]}], clientToken="boto-token")
assert again["eventId"] == ev["eventId"]
c.update_timeline_event(incidentRecordArn=arns[0], eventId=ev["eventId"], eventType="Note")
got = c.get_timeline_event(incidentRecordArn=arns[0], eventId=ev["eventId"])["event"]
out["event"] = {"eventType": got["eventType"], "eventTime": got["eventTime"].isoformat()}
c.update_incident_record(arn=arns[1], status="RESOLVED")
pages = c.get_paginator("list_incident_records").paginate(PaginationConfig={"PageSize": 1}, filters=[{"key": "status", "condition": {"equals": {"stringValues": ["OPEN"]}}}])
out["open"] = sorted(s["title"] for p in pages for s in p["incidentRecordSummaries"] if s["arn"] in arns)
events = [e for p in c.get_paginator("list_timeline_events").paginate(incidentRecordArn=arns[0]) for e in p["eventSummaries"]]
out["events"] = sorted(e["eventType"] for e in events)
c.delete_timeline_event(incidentRecordArn=arns[0], eventId=ev["eventId"])
try:
    c.get_timeline_event(incidentRecordArn=arns[0], eventId=ev["eventId"])
except ClientError as e:
    out["error"] = [e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]]
try:
    c.create_timeline_event(incidentRecordArn=arns[0], eventTime=datetime.datetime.now(), eventType="Note", eventData="x" * 12001)
except ClientError as e:
    out["validation"] = e.response["Error"]["Code"]
json.dump(out, sys.stdout)
`;

describeWithClient('AWS CLI v2 with STS', AWS_CLI, ({ command: AWS_CLI_V2 }) => {
  /** Runs `aws sts ...` against the bundle; JSON on success, the failure otherwise. */
  async function sts(env: Record<string, string>, ...args: string[]): Promise<Json> {
    const { stdout } = await run(
      AWS_CLI_V2,
      ['sts', ...args, '--endpoint-url', emulator.url, '--output', 'json'],
      { env: { ...CLIENT_ENV, ...env } },
    );
    return JSON.parse(stdout);
  }
  const webIdentity = (token: string) =>
    sts(
      {},
      'assume-role-with-web-identity',
      '--role-arn',
      ROLE_ARN,
      '--role-session-name',
      'cli-session',
      '--web-identity-token',
      token,
    );

  it('assumes a role with an OIDC token and with keys; the CLI uses the session with Incident Manager', async () => {
    const withToken = await webIdentity(await oidcToken(emulator));
    expect(withToken).toMatchObject({
      Credentials: { AccessKeyId: expect.stringMatching(/^ASIA/) },
      SubjectFromWebIdentityToken: 'repo:octo-org/octo-repo:ref:refs/heads/main',
      AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/deploy-markers/cli-session' },
      Audience: 'sts.amazonaws.com',
    });
    const { AccessKeyId, SecretAccessKey, SessionToken } = withToken.Credentials;
    const session = {
      AWS_ACCESS_KEY_ID: AccessKeyId,
      AWS_SECRET_ACCESS_KEY: SecretAccessKey,
      AWS_SESSION_TOKEN: SessionToken,
    };
    // Chained: AssumeRole signed with the session's credentials.
    const chained = await sts(
      session,
      'assume-role',
      '--role-arn',
      ROLE_ARN,
      '--role-session-name',
      'hop',
      '--duration-seconds',
      '900',
    );
    expect(chained.AssumedRoleUser.Arn).toBe(
      'arn:aws:sts::123456789012:assumed-role/deploy-markers/hop',
    );
    const { stdout } = await run(
      AWS_CLI_V2,
      ['ssm-incidents', 'list-response-plans', '--endpoint-url', emulator.url, '--output', 'json'],
      { env: { ...CLIENT_ENV, ...session } },
    );
    expect(JSON.parse(stdout)).toHaveProperty('responsePlanSummaries');
  });

  it('reports STS errors by code', async () => {
    const error: Json = await failure(
      webIdentity(await oidcToken(emulator, { audience: 'other' })),
    );
    expect(error.code).not.toBe(0);
    expect(error.stderr).toContain('(InvalidIdentityToken)');
    expect(error.stderr).toContain('Incorrect token audience');
  });
});

describeWithClient('boto3', BOTO3, () => {
  it('parses every response and error', async () => {
    const { stdout } = await run('python3', ['-c', BOTO3_SCRIPT], {
      env: { ...CLIENT_ENV, ENDPOINT: emulator.url },
    });
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      planArn: `arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/boto-plan`,
      plan: { title: 'Boto incident', impact: 4, summary: 's' },
      status: 'OPEN',
      event: { eventType: 'Note', eventTime: '2024-05-01T00:00:00+00:00' },
      open: ['boto 0', 'boto 2'],
      // The related item added above is noted by an event of the service's own.
      events: ['Note', 'SSM Incident Record Update'],
      error: ['ResourceNotFoundException', 404],
      validation: 'ValidationException',
    });
  });

  it('makes a replication set and reads an event across its regions', async () => {
    await control(emulator, 'POST', 'reset');
    const seeded = await control(emulator, 'POST', 'seed', {
      incidents: [{ responsePlan: 'boto-regions', id: 'x', title: 'Regions', impact: 3 }],
    });
    const script = [
      'import boto3, json, os, datetime',
      "e = lambda r: boto3.client('ssm-incidents', region_name=r, endpoint_url=os.environ['ENDPOINT'])",
      "east, west = e('us-east-1'), e('us-west-2')",
      "arn = east.create_replication_set(regions={'us-east-1': {}, 'us-west-2': {}})['arn']",
      "regions = sorted(west.get_replication_set(arn=arn)['replicationSet']['regionMap'])",
      "listed = west.list_replication_sets()['replicationSetArns']",
      "incident = os.environ['INCIDENT']",
      "eid = east.create_timeline_event(incidentRecordArn=incident, eventTime=datetime.datetime(2024, 5, 1), eventType='Custom Event', eventData='\"boto\"')['eventId']",
      "data = west.get_timeline_event(incidentRecordArn=incident, eventId=eid)['event']['eventData']",
      'east.delete_replication_set(arn=arn)',
      "print(json.dumps({'regions': regions, 'listed': listed == [arn], 'data': data, 'after': east.list_replication_sets()['replicationSetArns']}))",
    ].join('\n');
    const { stdout } = await run('python3', ['-c', script], {
      env: { ...CLIENT_ENV, ENDPOINT: emulator.url, INCIDENT: seeded.json.incidents[0] as string },
    });
    expect(JSON.parse(stdout)).toEqual({
      regions: ['us-east-1', 'us-west-2'],
      listed: true,
      data: '"boto"',
      after: [],
    });
  });

  it('reports a malformed JSON body as SerializationException', async () => {
    const { stdout } = await run('python3', ['-c', BOTO3_MALFORMED_BODY], {
      env: { ...CLIENT_ENV, ENDPOINT: emulator.url },
    });
    expect(JSON.parse(stdout)).toEqual(['SerializationException', 400]);
  });
});
