import { InputError } from './errors.js';
import type { WorkflowFacts } from './facts.js';
import type { Encoding, Inputs } from './inputs.js';
import { renderTemplate } from './parse/template.js';

/** The service's limit on `eventData`, in characters as it counts them (UTF-16 code units). */
export const MAX_EVENT_DATA = 12_000;

const HEADLINES: Record<string, string> = {
  started: 'Deployment started',
  succeeded: 'Deployment succeeded',
  success: 'Deployment succeeded',
  failed: 'Deployment failed',
  failure: 'Deployment failed',
  'rolled-back': 'Deployment rolled back',
  cancelled: 'Deployment cancelled',
  canceled: 'Deployment cancelled',
};

/** The message inputs' `{name}` placeholders map to. */
export function placeholderFields(facts: WorkflowFacts, environment: string, status: string) {
  return {
    sha: facts.sha,
    short_sha: facts.shortSha,
    ref: facts.ref,
    ref_name: facts.refName,
    repository: facts.repository,
    actor: facts.actor,
    workflow: facts.workflow,
    job: facts.job,
    run_id: facts.runId,
    run_attempt: facts.runAttempt,
    run_url: facts.runUrl,
    commit_url: facts.commitUrl,
    event_name: facts.eventName,
    environment,
    status,
    server_url: facts.serverUrl,
  };
}

/** `Deployment succeeded: acme/shop@1a2b3c4 (main) to production by octocat, run <url>` */
export function defaultMessage(facts: WorkflowFacts, environment: string, status: string): string {
  // A manual annotation: the dispatcher's own words are the event.
  if (facts.eventName === 'workflow_dispatch') {
    const message = facts.dispatchInputs.message?.trim() || facts.dispatchInputs.note?.trim();
    if (message) return message;
  }
  const headline = status
    ? (HEADLINES[status.toLowerCase()] ?? `Deployment ${status}`)
    : 'Deployment';
  const what = [
    facts.repository || 'unknown repository',
    facts.shortSha && `@${facts.shortSha}`,
  ].join('');
  const parts = [`${headline}: ${what}`];
  if (facts.refName) parts.push(` (${facts.refName})`);
  if (environment)
    parts.push(`${status.toLowerCase() === 'rolled-back' ? ' in' : ' to'} ${environment}`);
  if (facts.actor) parts.push(` by ${facts.actor}`);
  if (facts.runUrl) parts.push(`, run ${facts.runUrl}`);
  return parts.join('');
}

export function environmentOf(inputs: Pick<Inputs, 'environment'>, facts: WorkflowFacts): string {
  return inputs.environment || facts.eventEnvironment;
}

/** The `status` input, else the state of a `deployment_status` event. */
export function statusOf(inputs: Pick<Inputs, 'status'>, facts: WorkflowFacts): string {
  return inputs.status || facts.eventStatus;
}

export function renderEventText(
  inputs: Pick<Inputs, 'eventDataTemplate' | 'environment' | 'status'>,
  facts: WorkflowFacts,
): string {
  const environment = environmentOf(inputs, facts);
  const status = statusOf(inputs, facts);
  if (inputs.eventDataTemplate.trim() === '') return defaultMessage(facts, environment, status);
  return renderTemplate('event-data', inputs.eventDataTemplate, {
    fields: placeholderFields(facts, environment, status),
    inputs: facts.dispatchInputs,
  });
}

/** Encodes the text for the wire and refuses, never cuts, what the service would refuse. */
export function encodeEventData(text: string, encoding: Encoding): string {
  const data = encoding === 'json-string' ? JSON.stringify(text) : text;
  if (data.length > MAX_EVENT_DATA) {
    const over = data.length - MAX_EVENT_DATA;
    throw new InputError(
      'event-data',
      `the event text is ${data.length.toLocaleString('en-US')} characters${
        encoding === 'json-string' ? ' after json-string encoding' : ''
      }, ${over.toLocaleString('en-US')} over the service's limit of ${MAX_EVENT_DATA.toLocaleString('en-US')}. Shorten it; nothing was cut or sent.`,
    );
  }
  if (data.length === 0) {
    throw new InputError(
      'event-data',
      'the event text is empty; give some text or leave event-data unset for the default message.',
    );
  }
  return data;
}
