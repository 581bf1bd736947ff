import * as core from '@actions/core';
import { createIncidentsClient } from './aws/client.js';
import { assumeRole, defaultSessionName } from './aws/credentials.js';
import { explainAwsError, errorName } from './aws/errors.js';
import { IncidentsApi } from './aws/incidents.js';
import { timeLimits } from './aws/settings.js';
import { errorMessage } from './errors.js';
import { collectFacts, type WorkflowFacts } from './facts.js';
import { getInputs, hasSearchFilters, readFailOnError, type Inputs } from './inputs.js';
import { writeToTarget, type TargetResult } from './post.js';
import { checkReferenceCount } from './references.js';
import { encodeEventData, renderEventText } from './render.js';
import { outcomeOf, outputsOf, summaryMarkdown, type RunReport } from './report.js';
import { TargetError, resolveTargets } from './targets.js';

/** Everything checked and computed before the first AWS call. */
interface Plan {
  inputs: Inputs;
  facts: WorkflowFacts;
  text: string;
  eventData: string;
}

function prepare(): Plan {
  const inputs = getInputs((name) => core.getInput(name));
  const facts = collectFacts();
  const text = renderEventText(inputs, facts);
  const eventData = encodeEventData(text, inputs.encoding);
  // A search target is not known yet; any incident ARN stands in for the count.
  const arns =
    inputs.incidentArns.length > 0
      ? inputs.incidentArns.map((a) => a.arn)
      : ['(searched incident)'];
  for (const arn of arns) checkReferenceCount(inputs, facts, arn);
  if (inputs.incidentArns.length > 0 && hasSearchFilters(inputs.search)) {
    core.warning(
      'incident-arn is set, so response-plan, title-filter, impact and created-within are ignored.',
    );
  }
  return { inputs, facts, text, eventData };
}

async function connect(plan: Plan, signal: AbortSignal): Promise<IncidentsApi> {
  const { inputs, facts } = plan;
  const limits = timeLimits();
  const credentials = inputs.roleToAssume
    ? await assumeRole({
        roleArn: inputs.roleToAssume,
        sessionName: inputs.roleSessionName || defaultSessionName(facts.runId, facts.runAttempt),
        audience: inputs.audience,
        region: inputs.region,
        maxAttempts: inputs.maxAttempts,
        oidcAvailable: Boolean(
          process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        ),
        getIdToken: (audience) => core.getIDToken(audience),
        debug: core.debug,
      })
    : undefined;
  if (credentials) {
    core.setSecret(credentials.secretAccessKey);
    if (credentials.sessionToken) core.setSecret(credentials.sessionToken);
  }
  const client = await createIncidentsClient({
    region: inputs.region,
    endpointUrl: inputs.endpointUrl,
    maxAttempts: inputs.maxAttempts,
    limits,
    ...(credentials ? { credentials } : {}),
    debug: core.debug,
  });
  return new IncidentsApi(client, signal, core.debug);
}

async function execute(plan: Plan): Promise<RunReport> {
  const { inputs, text } = plan;
  const report: RunReport = {
    outcome: 'skipped',
    eventText: text,
    eventType: inputs.eventType,
    results: [],
    message: '',
  };
  const deadline = AbortSignal.timeout(timeLimits().deadlineMs);
  const api = await connect(plan, deadline);
  try {
    return await writeAll(plan, api, report);
  } finally {
    api.close();
  }
}

async function writeAll(plan: Plan, api: IncidentsApi, report: RunReport): Promise<RunReport> {
  const { inputs, facts, eventData } = plan;
  const now = new Date();

  let targets;
  try {
    targets = await resolveTargets(api, inputs, now);
  } catch (error) {
    if (error instanceof TargetError) throw error;
    const operation = inputs.incidentArns.length > 0 ? 'GetIncidentRecord' : 'ListIncidentRecords';
    const message = errorName(error)
      ? explainAwsError(error, operation, 'incident records')
      : errorMessage(error);
    throw new Error(message, { cause: error });
  }
  if (targets.length === 0) {
    report.message = 'No open incident matched the search; nothing was written.';
    if (inputs.ifNoIncident === 'fail') {
      return { ...report, outcome: 'failed', message: `${report.message} (if-no-incident: fail)` };
    }
    core.warning(`${report.message} Set if-no-incident: fail to fail the step instead.`);
    return report;
  }

  core.info(
    `${inputs.dryRun ? 'Dry run: would write' : inputs.eventId ? 'Updating' : 'Posting'} a ${inputs.eventType} to ${targets.length} incident(s).`,
  );
  const context = {
    api,
    inputs,
    facts,
    eventData,
    now,
    targetCount: targets.length,
    info: core.info,
    warn: core.warning,
  };
  const results: TargetResult[] = [];
  // One at a time: the order of results is the order of targets, and a throttled account is not
  // hit by a burst. One failure does not stop the others.
  for (const target of targets) {
    const result = await writeToTarget(context, target);
    results.push(result);
    // A failure is reported once, by run(): as an error, or as a warning when fail-on-error is false.
    if (result.error) core.info(`${target.arn}: failed: ${result.error}`);
    else
      core.info(
        `${target.arn}: ${result.action}${result.eventId ? ` event ${result.eventId}` : ''}`,
      );
  }
  report.results = results;
  report.outcome = outcomeOf(results, inputs.dryRun);
  return report;
}

/** Sets the outputs and writes the job summary; a failure here is reported, never thrown. */
async function publish(report: RunReport): Promise<void> {
  try {
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
  } catch (error) {
    core.warning(`Could not set the step outputs: ${errorMessage(error)}`);
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(summaryMarkdown(report), true).write();
    } catch (error) {
      core.warning(`Could not write the job summary: ${errorMessage(error)}`);
    }
  }
}

/** Why the run failed, or undefined when it did not. */
function failureOf(report: RunReport): string | undefined {
  const failed = report.results.filter((r) => r.action === 'failed');
  if (failed.length > 0) {
    const reasons = failed.map((r) => `${r.incidentArn}: ${r.error}`).join('\n');
    return `The event could not be written to ${failed.length} of ${report.results.length} incident(s):\n${reasons}`;
  }
  return report.outcome === 'failed' ? report.message : undefined;
}

/** The action's entry point: one run, one place that decides success or failure. */
export async function run(): Promise<void> {
  let failOnError = true;
  let report: RunReport = {
    outcome: 'failed',
    eventText: '',
    eventType: '',
    results: [],
    message: '',
  };
  try {
    failOnError = readFailOnError((name) => core.getInput(name));
    const plan = prepare();
    report = { ...report, eventText: plan.text, eventType: plan.inputs.eventType };
    report = await execute(plan);
  } catch (error) {
    // Bad input, a failed search, a role that could not be assumed: nothing was written.
    report = { ...report, outcome: 'failed', message: errorMessage(error) };
  }
  await publish(report);
  const failure = failureOf(report);
  if (failure === undefined) return;
  if (failOnError) core.setFailed(failure);
  else core.warning(`${failure} (fail-on-error is false, so the step succeeds)`);
}
