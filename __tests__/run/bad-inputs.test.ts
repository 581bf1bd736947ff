/** A bad input fails the step, naming the input, before any call to AWS or for credentials. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../harness.js')).core);

import { core, providers } from '../harness.js';
import { INCIDENT_A, INCIDENT_B, useEmulatorRun, type Scenario } from './helpers.js';

// Hoisted above the imports, as every vi.mock.
vi.mock('@aws-sdk/credential-providers', async () => (await import('../harness.js')).providers);

const action = useEmulatorRun();

const PLAN_ARN = 'arn:aws:ssm-incidents::111122223333:response-plan/shop-outage';
const arns = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `arn:aws:codepipeline:us-east-1:111122223333:pipeline-${i}`,
  ).join('\n');
const OIDC_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/request',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
};

interface BadInput extends Partial<Scenario> {
  /** What is wrong, for the test name. */
  case: string;
  /** The input the message must name. */
  input: string;
  /** What the message must say is accepted (or how far off the value is). */
  says: RegExp;
}

const CASES: BadInput[] = [
  // incident-arn
  {
    case: 'not an ARN',
    inputs: { 'incident-arn': 'shop-outage/123' },
    input: 'incident-arn',
    says: /use an incident record ARN such as arn:aws:ssm-incidents::/,
  },
  {
    case: 'a response plan ARN',
    inputs: { 'incident-arn': PLAN_ARN },
    input: 'incident-arn',
    says: /response plan ARN, not an incident record ARN/,
  },
  {
    case: 'region filled in',
    inputs: {
      'incident-arn':
        'arn:aws:ssm-incidents:us-east-1:111122223333:incident-record/shop-outage/abc',
    },
    input: 'incident-arn',
    says: /empty region field \(ssm-incidents::<account>\)/,
  },
  {
    case: 'another service',
    inputs: { 'incident-arn': 'arn:aws:sns:us-east-1:111122223333:pager' },
    input: 'incident-arn',
    says: /service 'sns', not ssm-incidents/,
  },
  {
    case: 'short account',
    inputs: { 'incident-arn': 'arn:aws:ssm-incidents::1234:incident-record/p/abc' },
    input: 'incident-arn',
    says: /not an incident record ARN.*incident-record\/<response-plan>\/<id>/,
  },
  {
    case: 'second of a list bad',
    inputs: {
      'incident-arn': `${INCIDENT_A}\narn:aws:ssm-incidents::111122223333:incident-record/p`,
    },
    input: 'incident-arn',
    says: /incident-record\/<response-plan>\/<id>/,
  },
  // search filters
  {
    case: 'response plan with spaces',
    inputs: { 'response-plan': 'shop outage' },
    input: 'response-plan',
    says: /response plan name \(letters, digits, - and _\), a response plan ARN/,
  },
  {
    case: 'incident ARN as response plan',
    inputs: { 'response-plan': INCIDENT_A },
    input: 'response-plan',
    says: /response plan name .* a response plan ARN/,
  },
  {
    case: 'title regex with flag g',
    inputs: { 'title-filter': '/checkout/g' },
    input: 'title-filter',
    says: /use i \(ignore case\), m \(multi-line\), s \(dot matches newlines\), u or v/,
  },
  {
    case: 'invalid title regex',
    inputs: { 'title-filter': '/check(out/i' },
    input: 'title-filter',
    says: /is not accepted: .*missing closing \).*RE2 syntax/,
  },
  {
    case: 'title regex with a backreference (no linear-time engine can run it)',
    inputs: { 'title-filter': '/(db)-\\1/' },
    input: 'title-filter',
    says: /invalid escape sequence.*no backreferences or lookaround/,
  },
  { case: 'impact 0', inputs: { impact: '0' }, input: 'impact', says: /whole number from 1 to 5/ },
  { case: 'impact 6', inputs: { impact: '6' }, input: 'impact', says: /whole number from 1 to 5/ },
  {
    case: 'impact abc',
    inputs: { impact: 'abc' },
    input: 'impact',
    says: /whole number from 1 to 5/,
  },
  {
    case: 'duration without unit',
    inputs: { 'created-within': '30' },
    input: 'created-within',
    says: /unit s, m, h, d or w, e\.g\. 90m/,
  },
  {
    case: 'duration in words',
    inputs: { 'created-within': 'one day' },
    input: 'created-within',
    says: /unit s, m, h, d or w/,
  },
  {
    case: 'zero duration',
    inputs: { 'created-within': '0m' },
    input: 'created-within',
    says: /longer than zero/,
  },
  {
    case: 'duration beyond any date',
    inputs: { 'created-within': '999999999999w' },
    input: 'created-within',
    says: /too long; at most 3650d/,
  },
  {
    case: 'duration of eleven years',
    inputs: { 'created-within': '4015d' },
    input: 'created-within',
    says: /too long; at most 3650d/,
  },
  // choices and numbers
  {
    case: 'unknown select',
    inputs: { select: 'newest' },
    input: 'select',
    says: /use one of: all, latest, oldest, single/,
  },
  {
    case: 'max-incidents 0',
    inputs: { 'max-incidents': '0' },
    input: 'max-incidents',
    says: /whole number from 1 to 100/,
  },
  {
    case: 'max-incidents 101',
    inputs: { 'max-incidents': '101' },
    input: 'max-incidents',
    says: /whole number from 1 to 100/,
  },
  {
    case: 'unknown if-no-incident',
    inputs: { 'if-no-incident': 'ignore' },
    input: 'if-no-incident',
    says: /use one of: skip, warn, fail/,
  },
  {
    case: 'unknown event-type',
    inputs: { 'event-type': 'Deployment' },
    input: 'event-type',
    says: /use one of: Custom Event, Note/,
  },
  {
    case: 'unknown encoding',
    inputs: { 'event-data-encoding': 'base64' },
    input: 'event-data-encoding',
    says: /use one of: json-string, raw/,
  },
  {
    case: 'max-attempts 0',
    inputs: { 'max-attempts': '0' },
    input: 'max-attempts',
    says: /whole number from 1 to 20/,
  },
  {
    case: 'max-attempts 21',
    inputs: { 'max-attempts': '21' },
    input: 'max-attempts',
    says: /whole number from 1 to 20/,
  },
  {
    case: 'max-attempts in words',
    inputs: { 'max-attempts': 'five' },
    input: 'max-attempts',
    says: /whole number from 1 to 20/,
  },
  // times
  {
    case: 'loose date',
    inputs: { 'event-time': 'March 7' },
    input: 'event-time',
    says: /ISO 8601 with a zone .* or epoch seconds \(10 digits\) or milliseconds \(13 digits\)/,
  },
  {
    case: 'a date without dashes, which is not epoch seconds in 1970',
    inputs: { 'event-time': '20260501' },
    input: 'event-time',
    says: /neither epoch seconds nor milliseconds.*write 2026-05-01T00:00:00Z/,
  },
  {
    case: 'no zone',
    inputs: { 'event-time': '2026-05-01T12:00:00' },
    input: 'event-time',
    says: /ISO 8601 with a zone/,
  },
  {
    case: 'impossible date',
    inputs: { 'event-time': '2026-02-30T12:00:00Z' },
    input: 'event-time',
    says: /ISO 8601 with a zone/,
  },
  // booleans
  {
    case: 'dry-run yes',
    inputs: { 'dry-run': 'yes' },
    input: 'dry-run',
    says: /not a boolean; use true or false/,
  },
  {
    case: 'link-commit on',
    inputs: { 'link-commit': 'on' },
    input: 'link-commit',
    says: /not a boolean; use true or false/,
  },
  {
    case: 'fail-on-error 1',
    inputs: { 'fail-on-error': '1' },
    input: 'fail-on-error',
    says: /not a boolean; use true or false/,
  },
  // references
  {
    case: 'reference with both members',
    inputs: {
      references: JSON.stringify([
        {
          resource: INCIDENT_A,
          relatedItemId: 'related-item/OTHER/0123456789ABCDEF0123456789ABCDEF',
        },
      ]),
    },
    input: 'references',
    says: /exactly one of 'resource' \(an ARN\) or 'relatedItemId', not both/,
  },
  {
    case: 'reference with neither member',
    inputs: { references: '[{}]' },
    input: 'references',
    says: /exactly one of 'resource' \(an ARN\) or 'relatedItemId', not neither/,
  },
  {
    case: 'reference neither ARN nor ID',
    inputs: { references: 'runbook.md' },
    input: 'references',
    says: /each reference is an ARN .*, a related item ID .*, or an https:\/\/ URL, optionally titled as \[Title\]\(https:\/\/…\)/,
  },
  {
    case: 'broken JSON references',
    inputs: { references: '["arn:aws:s3:::b",' },
    input: 'references',
    says: /looks like a JSON array but does not parse/,
  },
  {
    case: '11 references',
    inputs: { references: arns(11), 'link-commit': 'false' },
    input: 'references',
    says: /would have 11 references .*at most 10/,
  },
  {
    case: '10 references and link-commit',
    inputs: { references: arns(10) },
    input: 'references',
    says: /would have 11 references \(references: 10, link-commit: 1\); the service accepts at most 10/,
  },
  {
    case: '9 references, pipeline, CodeBuild and a Note',
    inputs: {
      'incident-arn': INCIDENT_A,
      references: arns(9),
      'pipeline-arn': 'arn:aws:codepipeline:us-east-1:111122223333:shop',
      'event-type': 'Note',
      'link-commit': 'false',
    },
    env: { CODEBUILD_BUILD_ARN: 'arn:aws:codebuild:us-east-1:111122223333:build/shop:1' },
    input: 'references',
    says: /would have 12 references .*pipeline-arn: 1, CODEBUILD_BUILD_ARN: 1, the incident itself for a Note: 1.*at most 10/,
  },
  {
    case: 'pipeline-arn not an ARN',
    inputs: { 'pipeline-arn': 'shop-release' },
    input: 'pipeline-arn',
    says: /use an ARN such as/,
  },
  // event-id
  {
    case: 'event-id with two incident ARNs',
    inputs: { 'incident-arn': `${INCIDENT_A},${INCIDENT_B}`, 'event-id': 'evt-1' },
    input: 'event-id',
    says: /one event of one incident, but incident-arn names 2 incidents/,
  },
  {
    case: 'event-id with spaces',
    inputs: { 'incident-arn': INCIDENT_A, 'event-id': 'evt 1' },
    input: 'event-id',
    says: /letters, digits and -, at most 50/,
  },
  // event text
  {
    case: 'oversize text',
    inputs: { 'event-data': 'x'.repeat(11_999) },
    input: 'event-data',
    says: /12,001 characters after json-string encoding, 1 over the service's limit of 12,000/,
  },
  {
    case: 'oversize only after encoding',
    inputs: { 'event-data': 'a\n'.repeat(4_001) },
    input: 'event-data',
    says: /12,003 characters after json-string encoding, 3 over/,
  },
  {
    case: 'oversize dispatch message',
    inputs: { 'event-data-encoding': 'raw' },
    env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
    payload: { inputs: { message: 'm'.repeat(12_500) } },
    input: 'event-data',
    says: /12,500 characters, 500 over the service's limit of 12,000/,
  },
  {
    case: 'unknown placeholder',
    inputs: { 'event-data': 'Deployed {sah}' },
    input: 'event-data',
    says: /unknown placeholder \{sah\}; known: \{sha\} \{short_sha\}/,
  },
  {
    case: 'unknown dispatch input',
    inputs: { 'event-data': 'v{inputs.version}' },
    input: 'event-data',
    says: /unknown placeholder \{inputs\.version\}: this run has no workflow_dispatch inputs/,
  },
  {
    case: 'unclosed brace',
    inputs: { 'event-data': 'deploy {sha' },
    input: 'event-data',
    says: /write \{\{ and \}\} for literal braces/,
  },
  // AWS settings
  {
    case: 'bad region',
    inputs: { 'aws-region': 'mars-north' },
    input: 'aws-region',
    says: /not a region name; use one such as us-east-1/,
  },
  {
    case: 'bad region from the environment',
    inputs: {},
    env: { AWS_REGION: 'global' },
    input: 'aws-region',
    says: /'global' \(from the environment\) is not a region name/,
  },
  {
    case: 'no region at all',
    inputs: {},
    env: { AWS_REGION: undefined },
    input: 'aws-region',
    says: /set the aws-region input, or AWS_REGION/,
  },
  {
    case: 'endpoint not a URL',
    inputs: { 'endpoint-url': 'localhost 4566' },
    input: 'endpoint-url',
    says: /is not a URL; use e\.g\. https:\/\//,
  },
  {
    case: 'endpoint not http',
    inputs: { 'endpoint-url': 'ftp://localhost:4566' },
    input: 'endpoint-url',
    says: /must use http or https/,
  },
  {
    case: 'role is a user',
    inputs: { 'role-to-assume': 'arn:aws:iam::111122223333:user/deployer' },
    input: 'role-to-assume',
    says: /use an IAM role ARN such as arn:aws:iam::/,
  },
  {
    case: 'role is a name',
    inputs: { 'role-to-assume': 'deploy-markers' },
    input: 'role-to-assume',
    says: /use an IAM role ARN/,
  },
  {
    case: 'session name too short',
    inputs: { 'role-session-name': 'x' },
    input: 'role-session-name',
    says: /2 to 64 letters, digits or \+=,\.@_- characters/,
  },
  {
    case: 'a property every object has, as a placeholder',
    inputs: { 'event-data': 'Deployed {constructor}' },
    input: 'event-data',
    says: /unknown placeholder \{constructor\}/,
  },
  {
    case: 'a property every object has, as a dispatch input',
    inputs: { 'event-data': 'Deployed {inputs.toString}' },
    payload: { inputs: { version: '1.2.3' } },
    env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
    input: 'event-data',
    says: /unknown placeholder \{inputs\.toString\}: the workflow_dispatch inputs are version/,
  },
  {
    case: 'empty text, JSON-encoded',
    inputs: { 'event-data': '{inputs.reason}' },
    payload: { inputs: { reason: '' } },
    env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
    input: 'event-data',
    says: /the event text \(event-data\) is empty/,
  },
  {
    case: 'oversize status',
    inputs: { status: 's'.repeat(101) },
    input: 'status',
    says: /is 101 characters; at most 100 are accepted/,
  },
  {
    case: 'oversize environment',
    inputs: { environment: 'e'.repeat(256) },
    input: 'environment',
    says: /is 256 characters; at most 255 are accepted/,
  },
  {
    case: 'with event-id',
    inputs: {
      'incident-arn': INCIDENT_A,
      'event-id': 'c0ffee00-1111-2222-3333-444455556666',
      'finish-on-job-end': 'true',
    },
    input: 'finish-on-job-end',
    says: /cannot be combined with event-id/,
  },
  {
    case: 'with dry-run',
    inputs: { 'incident-arn': INCIDENT_A, 'dry-run': 'true', 'finish-on-job-end': 'true' },
    input: 'finish-on-job-end',
    says: /a dry run creates none/,
  },
  {
    case: 'finish-on-job-end yes',
    inputs: { 'finish-on-job-end': 'yes' },
    input: 'finish-on-job-end',
    says: /not a boolean; use true or false/,
  },
  {
    case: 'client-token of 129',
    inputs: { 'client-token': 't'.repeat(129) },
    input: 'client-token',
    says: /is 129 characters; at most 128 are accepted/,
  },
];

describe('a bad input fails the step, naming it, before any AWS call', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [`${c.input}: ${c.case}`, c] as const))('%s', async (_name, bad) => {
    const r = await action.run({
      inputs: bad.inputs ?? {},
      // With OIDC available, a credential call would show up as a getIDToken call.
      env: { ...OIDC_ENV, ...bad.env },
      ...(bad.payload ? { payload: bad.payload } : {}),
    });

    expect(r.failure).toBeDefined();
    expect(r.failure).toContain(`Input '${bad.input}'`);
    expect(r.failure).toMatch(bad.says);
    expect(r.commands).toEqual([]);
    expect(core.getIDToken).not.toHaveBeenCalled();
    expect(providers.fromWebToken).not.toHaveBeenCalled();
    expect(providers.fromTemporaryCredentials).not.toHaveBeenCalled();
    expect(r.outputs.outcome).toBe('failed');
    expect(r.outputs['event-ids']).toBe('[]');
  });

  it('softens a bad input to a warning when fail-on-error is false', async () => {
    const r = await action.run({ inputs: { impact: '9', 'fail-on-error': 'false' } });
    expect(r.failure).toBeUndefined();
    expect(r.warnings.join('\n')).toMatch(
      /Input 'impact'.*whole number from 1 to 5.*fail-on-error is false/,
    );
    expect(r.outputs.outcome).toBe('failed');
    expect(r.commands).toEqual([]);
  });

  it('checks inputs before assuming a role', async () => {
    const r = await action.run({
      inputs: {
        'role-to-assume': 'arn:aws:iam::111122223333:role/deploy-markers',
        select: 'every',
      },
      env: OIDC_ENV,
    });
    expect(r.failure).toContain("Input 'select'");
    expect(core.getIDToken).not.toHaveBeenCalled();
    expect(providers.fromWebToken).not.toHaveBeenCalled();
    expect(r.commands).toEqual([]);
  });
});
