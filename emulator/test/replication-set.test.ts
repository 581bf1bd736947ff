/**
 * The replication set's lifecycle as the model documents it: deletion protection (served by
 * UpdateDeletionProtection, reported as deletionProtected), the last region deletable only without
 * it, deleting the set deleting all Incident Manager data, and region names from the aws partition.
 */
import {
  CreateReplicationSetCommand,
  DeleteReplicationSetCommand,
  GetReplicationSetCommand,
  ListIncidentRecordsCommand,
  ListReplicationSetsCommand,
  ListResponsePlansCommand,
  UpdateDeletionProtectionCommand,
  UpdateReplicationSetCommand,
} from '@aws-sdk/client-ssm-incidents';
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { loadBotocoreRegions, renderRegionsModule } from '../scripts/generate-model.mjs';
import { AWS_PARTITION_REGIONS } from '../src/model/aws-regions.generated.js';
import { ACCOUNT_ID, failure, useSharedEmulator } from './helpers.js';
import { describeWithClient, findBoto3, runBoto3 } from './outside-clients.js';

const shared = useSharedEmulator();

async function createSet(regions: string[] = ['us-east-1']) {
  const { arn } = await shared.ssm.send(
    new CreateReplicationSetCommand({
      regions: Object.fromEntries(regions.map((region) => [region, {}])),
    }),
  );
  return arn!;
}

const protection = async (arn: string) =>
  (await shared.ssm.send(new GetReplicationSetCommand({ arn }))).replicationSet!.deletionProtected;

const deleteRegion = (arn: string, regionName: string) =>
  shared.ssm.send(
    new UpdateReplicationSetCommand({ arn, actions: [{ deleteRegionAction: { regionName } }] }),
  );

describe('deletion protection', () => {
  it('is set by UpdateDeletionProtection and reported by GetReplicationSet', async () => {
    const arn = await createSet();
    expect(await protection(arn)).toBe(false);
    await shared.ssm.send(new UpdateDeletionProtectionCommand({ arn, deletionProtected: true }));
    expect(await protection(arn)).toBe(true);
    await shared.ssm.send(new UpdateDeletionProtectionCommand({ arn, deletionProtected: false }));
    expect(await protection(arn)).toBe(false);
  });

  it('on: the last region and the set cannot be deleted (ValidationException naming the way out); other regions can', async () => {
    const arn = await createSet(['us-east-1', 'us-west-2']);
    await shared.ssm.send(new UpdateDeletionProtectionCommand({ arn, deletionProtected: true }));
    await deleteRegion(arn, 'us-west-2');
    const last = await failure(deleteRegion(arn, 'us-east-1'));
    expect(last.name).toBe('ValidationException');
    expect(last.message).toContain('UpdateDeletionProtection');
    const whole = await failure(shared.ssm.send(new DeleteReplicationSetCommand({ arn })));
    expect(whole.name).toBe('ValidationException');
    const { replicationSet } = await shared.ssm.send(new GetReplicationSetCommand({ arn }));
    expect(Object.keys(replicationSet!.regionMap!)).toEqual(['us-east-1']);
  });

  it('off: deleting the last region deletes the set and all Incident Manager data', async () => {
    await shared.emulator.seed({ incidents: [{ responsePlan: 'checkout' }] });
    const arn = await createSet();
    await deleteRegion(arn, 'us-east-1');
    expect((await shared.ssm.send(new ListReplicationSetsCommand({}))).replicationSetArns).toEqual(
      [],
    );
    expect((await shared.ssm.send(new ListResponsePlansCommand({}))).responsePlanSummaries).toEqual(
      [],
    );
  });

  it('ResourceNotFoundException for an unknown set; ValidationException without deletionProtected', async () => {
    const missing = `arn:aws:ssm-incidents::${ACCOUNT_ID}:replication-set/none`;
    const error = await failure(
      shared.ssm.send(
        new UpdateDeletionProtectionCommand({ arn: missing, deletionProtected: true }),
      ),
    );
    expect(error).toMatchObject({
      name: 'ResourceNotFoundException',
      resourceType: 'REPLICATION_SET',
      resourceIdentifier: missing,
    });
    const arn = await createSet();
    const invalid = await failure(
      shared.ssm.send(new UpdateDeletionProtectionCommand({ arn } as never)),
    );
    expect(invalid.name).toBe('ValidationException');
    expect(invalid.message).toContain('deletionProtected');
  });
});

describe('DeleteReplicationSet', () => {
  it('deletes all Incident Manager data: plans, incidents, their timelines and tokens', async () => {
    await shared.emulator.seed({
      incidents: [{ responsePlan: 'checkout' }, { responsePlan: 'search' }],
    });
    const arn = await createSet();
    await shared.ssm.send(new DeleteReplicationSetCommand({ arn }));
    const state = shared.emulator.state();
    expect(state).toMatchObject({ responsePlans: [], incidents: [], idempotency: [] });
    expect(
      (await shared.ssm.send(new ListIncidentRecordsCommand({}))).incidentRecordSummaries,
    ).toEqual([]);
    const gone = await failure(shared.ssm.send(new GetReplicationSetCommand({ arn })));
    expect(gone.name).toBe('ResourceNotFoundException');
  });
});

describe('region names', () => {
  it.each(['mars-north-9', '', 'US-EAST-1', 'aws-global'])(
    'refuses %j with ValidationException, at create and at update, writing nothing',
    async (region) => {
      const created = await failure(
        shared.ssm.send(new CreateReplicationSetCommand({ regions: { [region]: {} } })),
      );
      expect(created.name).toBe('ValidationException');
      expect(created.message).toContain('regions');
      expect(created.message).toContain('us-east-1');
      expect(
        (await shared.ssm.send(new ListReplicationSetsCommand({}))).replicationSetArns,
      ).toEqual([]);
      const arn = await createSet();
      const added = await failure(
        shared.ssm.send(
          new UpdateReplicationSetCommand({
            arn,
            actions: [{ addRegionAction: { regionName: region } }],
          }),
        ),
      );
      expect(added.name).toBe('ValidationException');
      expect(added.message).toContain('regionName');
      const { replicationSet } = await shared.ssm.send(new GetReplicationSetCommand({ arn }));
      expect(Object.keys(replicationSet!.regionMap!)).toEqual(['us-east-1']);
    },
  );

  it('accepts the regions of the aws partition, a newer one included', async () => {
    const arn = await createSet(['ap-southeast-7', 'mx-central-1', 'eu-south-2']);
    const { replicationSet } = await shared.ssm.send(new GetReplicationSetCommand({ arn }));
    expect(Object.keys(replicationSet!.regionMap!).sort()).toEqual([
      'ap-southeast-7',
      'eu-south-2',
      'mx-central-1',
    ]);
  });
});

describeWithClient('deletion protection through boto3', findBoto3(), () => {
  it('reports the protection and refuses the last region while it is on', async () => {
    const script = [
      'import boto3, json, os',
      'from botocore.exceptions import ClientError',
      "c = boto3.client('ssm-incidents', endpoint_url=os.environ['ENDPOINT'])",
      "arn = c.create_replication_set(regions={'us-east-1': {}})['arn']",
      'c.update_deletion_protection(arn=arn, deletionProtected=True)',
      "on = c.get_replication_set(arn=arn)['replicationSet']['deletionProtected']",
      'try:',
      "    c.update_replication_set(arn=arn, actions=[{'deleteRegionAction': {'regionName': 'us-east-1'}}])",
      '    refused = None',
      'except ClientError as e:',
      "    refused = e.response['Error']['Code']",
      'c.update_deletion_protection(arn=arn, deletionProtected=False)',
      "c.update_replication_set(arn=arn, actions=[{'deleteRegionAction': {'regionName': 'us-east-1'}}])",
      "print(json.dumps({'on': on, 'refused': refused, 'after': c.list_replication_sets()['replicationSetArns']}))",
    ].join('\n');
    expect(JSON.parse(await runBoto3(script, shared.emulator.url))).toEqual({
      on: true,
      refused: 'ValidationException',
      after: [],
    });
  });
});

describeWithClient('the aws partition regions against botocore', findBoto3(), (client) => {
  it('are the regions botocore lists, in the module the generator writes', async () => {
    const regions = loadBotocoreRegions(client.command);
    expect(AWS_PARTITION_REGIONS).toEqual(regions);
    const file = new URL('../src/model/aws-regions.generated.ts', import.meta.url);
    const options = await resolveConfig(file);
    expect(
      await format(renderRegionsModule(regions), { ...options, filepath: file.pathname }),
    ).toBe(readFileSync(file, 'utf8'));
  });
});
