import type {
  BatchGetIncidentFindingsInput,
  ListIncidentFindingsInput,
} from '../model/service-model.generated.js';
import type { IncidentEntry, Store } from '../store.js';
import type { Finding } from '../types.js';
import { requireIncident, type OperationContext } from './context.js';

/**
 * Findings come from CodeDeploy deployments and CloudFormation stack updates, which the emulator
 * does not run: a seed (file or `POST /_emulator/seed`) adds them.
 */
export function addFinding(store: Store, entry: IncidentEntry, finding: Finding): void {
  entry.findings.set(finding.id, { finding, seq: store.nextSeq() });
  store.touch();
}

/** The model bounds maxResults to 20; a call without it gets as many. */
const FINDINGS_PAGE_SIZE = 20;

export function listIncidentFindings(
  { store, paginator }: OperationContext,
  input: ListIncidentFindingsInput,
) {
  const entry = requireIncident(store, input.incidentRecordArn);
  const page = paginator.page(
    'ListIncidentFindings',
    input,
    [...entry.findings.values()],
    (stored) => [stored.seq],
    FINDINGS_PAGE_SIZE,
  );
  return {
    findings: page.items.map(({ finding }) => ({
      id: finding.id,
      lastModifiedTime: finding.lastModifiedTime,
    })),
    nextToken: page.nextToken,
  };
}

/**
 * The findings asked for, each once; an ID the incident has no finding of is reported in
 * `errors` (code `ResourceNotFoundException`, the emulator's choice: AWS names no codes), not
 * as the call's error.
 */
export function batchGetIncidentFindings(
  { store }: OperationContext,
  input: BatchGetIncidentFindingsInput,
) {
  const entry = requireIncident(store, input.incidentRecordArn);
  const findings: Finding[] = [];
  const errors: { code: string; findingId: string; message: string }[] = [];
  for (const findingId of new Set(input.findingIds)) {
    const stored = entry.findings.get(findingId);
    if (stored) findings.push(stored.finding);
    else
      errors.push({
        code: 'ResourceNotFoundException',
        findingId,
        message: `Incident ${entry.record.arn} has no finding ${findingId}`,
      });
  }
  return { findings, errors };
}
