import { conflict, notFound, validationError } from '../errors.js';
import { idempotent } from '../idempotency.js';
import { newResourceId, nowSeconds } from '../ids.js';
import { AWS_PARTITION_REGIONS } from '../model/aws-regions.generated.js';
import type {
  DeleteReplicationSetInput,
  GetReplicationSetInput,
  ListReplicationSetsInput,
} from '../model/service-model.generated.js';
import type { ReplicationSetRecord, Store } from '../store.js';
import { constraintError } from '../validation.js';
import type { OperationContext } from './context.js';

/** AWS: "You can have up to three Regions in your replication set." */
const MAX_REGIONS = 3;
/** The key the service uses when none is given: an AWS owned key. */
const DEFAULT_KEY = 'DefaultKey';

function requireSet(store: Store, arn: string): ReplicationSetRecord {
  const set = store.replicationSet;
  if (!set || set.arn !== arn) throw notFound('REPLICATION_SET', arn);
  return set;
}

/**
 * A replication set names regions of the partition its ARNs are in (`arn:aws:`): a name that is
 * not one (`mars-north-9`, `""`) is a ValidationException, and nothing is written.
 */
function checkRegionName(name: string, path: string): void {
  if (!AWS_PARTITION_REGIONS.includes(name)) {
    throw constraintError(
      path,
      name,
      `Member must be a region of the aws partition, such as ${AWS_PARTITION_REGIONS.filter((r) => r.startsWith('us-')).join(', ')}`,
    );
  }
}

function regionInfo(sseKmsKeyId: string | undefined, now: number) {
  // Regions become ACTIVE at once here; the service takes a while (CREATING, then ACTIVE).
  return { sseKmsKeyId: sseKmsKeyId ?? DEFAULT_KEY, status: 'ACTIVE', statusUpdateDateTime: now };
}

/** The regions of the replication set, or undefined when the account has none. */
export function replicationRegions(store: Store): string[] | undefined {
  return store.replicationSet ? Object.keys(store.replicationSet.regionMap) : undefined;
}

export const createReplicationSet = idempotent(
  'CreateReplicationSet',
  'REPLICATION_SET',
  ({ store, principal }, input) => {
    if (store.replicationSet) {
      throw conflict(
        'REPLICATION_SET',
        store.replicationSet.arn,
        'The account already has a replication set; update it to add or delete a region',
      );
    }
    for (const region of Object.keys(input.regions)) checkRegionName(region, 'regions.key');
    const now = nowSeconds();
    const regionMap = Object.fromEntries(
      Object.entries(input.regions).map(([region, value]) => [
        region,
        regionInfo(value.sseKmsKeyId, now),
      ]),
    );
    const arn = `arn:aws:ssm-incidents::${store.accountId}:replication-set/${newResourceId()}`;
    store.replicationSet = {
      arn,
      regionMap,
      status: 'ACTIVE',
      deletionProtected: false,
      createdBy: principal,
      createdTime: now,
      lastModifiedBy: principal,
      lastModifiedTime: now,
    };
    if (input.tags) store.setTags(arn, input.tags);
    store.touch();
    return { arn };
  },
  (r) => r.arn,
);

export function getReplicationSet({ store }: OperationContext, input: GetReplicationSetInput) {
  return { replicationSet: requireSet(store, input.arn) };
}

export function listReplicationSets({ store }: OperationContext, _input: ListReplicationSetsInput) {
  const arn = store.replicationSet?.arn;
  return { replicationSetArns: arn ? [arn] : [] };
}

export const updateReplicationSet = idempotent(
  'UpdateReplicationSet',
  'REPLICATION_SET',
  ({ store, principal }, input) => {
    const set = requireSet(store, input.arn);
    const regionMap = { ...set.regionMap };
    const now = nowSeconds();
    for (const [index, action] of input.actions.entries()) {
      const add = action.addRegionAction;
      const remove = action.deleteRegionAction;
      if ((add === undefined) === (remove === undefined)) {
        throw validationError(
          'Each action must be exactly one of addRegionAction or deleteRegionAction',
        );
      }
      if (add) {
        checkRegionName(add.regionName, `actions.${index + 1}.member.addRegionAction.regionName`);
        if (regionMap[add.regionName]) {
          throw validationError(`${add.regionName} is already in the replication set`);
        }
        regionMap[add.regionName] = regionInfo(add.sseKmsKeyId, now);
      } else if (remove) {
        if (!regionMap[remove.regionName]) {
          throw validationError(`${remove.regionName} is not in the replication set`);
        }
        delete regionMap[remove.regionName];
      }
    }
    const count = Object.keys(regionMap).length;
    if (count > MAX_REGIONS) {
      throw validationError(`A replication set has at most ${MAX_REGIONS} regions, not ${count}`);
    }
    if (count === 0) {
      // Documented on deletionProtected: with protection on, the last region cannot be deleted.
      // With it off, deleting the last region deletes the set, and with it all the data.
      refuseWhenProtected(set, 'delete the last region of the replication set');
      deleteAllData(store);
      return undefined;
    }
    store.replicationSet = { ...set, regionMap, lastModifiedBy: principal, lastModifiedTime: now };
    store.touch();
    return undefined;
  },
  (_result, input) => input.arn,
);

function refuseWhenProtected(set: ReplicationSetRecord, what: string): void {
  if (set.deletionProtected) {
    throw validationError(
      `The replication set is protected from deletion: call UpdateDeletionProtection with deletionProtected false to ${what}`,
    );
  }
}

/**
 * "Deleting the replication set deletes all Incident Manager data": plans, incidents, tags,
 * resource policies and the client tokens used, everything but the account.
 */
function deleteAllData(store: Store): void {
  store.clear(store.accountId);
}

/** Deletes every region, so the last one too: refused while deletion protection is on. */
export function deleteReplicationSet(
  { store }: OperationContext,
  input: DeleteReplicationSetInput,
) {
  refuseWhenProtected(requireSet(store, input.arn), 'delete it');
  deleteAllData(store);
  return undefined;
}

export const updateDeletionProtection = idempotent(
  'UpdateDeletionProtection',
  'REPLICATION_SET',
  ({ store, principal }, input) => {
    const set = requireSet(store, input.arn);
    store.replicationSet = {
      ...set,
      deletionProtected: input.deletionProtected,
      lastModifiedBy: principal,
      lastModifiedTime: nowSeconds(),
    };
    store.touch();
    return undefined;
  },
  (_result, input) => input.arn,
);
