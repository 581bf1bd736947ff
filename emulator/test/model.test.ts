import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { extractModel, loadBotocoreModel, renderModule } from '../scripts/generate-model.mjs';
import type { Shape } from '../src/model/shapes.js';
import { handlers, type HandlerTable } from '../src/operations/index.js';
import { shapesByName } from '../src/model/shape-lookup.js';
import {
  SERVED_OPERATIONS,
  serviceModel,
  type ServedOperation,
} from '../src/model/service-model.generated.js';
import { validateShape } from '../src/validation.js';
import { ACCOUNT_ID, control, rawCall, useStartedEmulator } from './helpers.js';
import { describeWithClient, findBoto3 } from './outside-clients.js';

const PLAN_ARN = `arn:aws:ssm-incidents::${ACCOUNT_ID}:response-plan/plan-1`;
const INCIDENT_ARN = `arn:aws:ssm-incidents::${ACCOUNT_ID}:incident-record/plan-1/0f0e0d0c-0b0a-0908-0706-050403020100`;
const RELATED_ITEM_ID = 'related-item/OTHER/0123456789ABCDEF0123456789ABCDEF';
const EVENT_ID = '11111111-2222-3333-4444-555555555555';
const SNS = 'arn:aws:sns:us-east-1:123456789012:incident-topic';

/**
 * One valid request per operation (two where a union needs both sides), together reaching every
 * member of the inputs we serve; the mutations below break one constraint of one member at a time.
 */
const BASELINES: [ServedOperation, Record<string, unknown>][] = [
  [
    'CreateResponsePlan',
    {
      name: 'plan-1',
      displayName: 'Plan one',
      clientToken: 'token-1',
      incidentTemplate: {
        title: 'Checkout failing',
        impact: 3,
        summary: 'Orders fail',
        dedupeString: 'checkout',
        incidentTags: { team: 'payments' },
        notificationTargets: [{ snsTopicArn: SNS }],
      },
      chatChannel: { chatbotSns: [SNS] },
      engagements: ['arn:aws:ssm-contacts:us-east-1:123456789012:contact/oncall'],
      actions: [
        {
          ssmAutomation: {
            documentName: 'AWS-RestartEC2Instance',
            documentVersion: '1',
            roleArn: 'arn:aws:iam::123456789012:role/automation',
            targetAccount: 'RESPONSE_PLAN_OWNER_ACCOUNT',
            parameters: { InstanceId: ['i-0123'] },
            dynamicParameters: { IncidentArn: { variable: 'INCIDENT_RECORD_ARN' } },
          },
        },
      ],
      integrations: [
        {
          pagerDutyConfiguration: {
            name: 'pd',
            secretId: 'pd-secret',
            pagerDutyIncidentConfiguration: { serviceId: 'P123' },
          },
        },
      ],
      tags: { env: 'prod' },
    },
  ],
  ['GetResponsePlan', { arn: PLAN_ARN }],
  ['ListResponsePlans', { maxResults: 10, nextToken: '' }],
  [
    'StartIncident',
    {
      responsePlanArn: PLAN_ARN,
      title: 'Checkout failing',
      impact: 2,
      clientToken: 'token-2',
      relatedItems: [
        {
          title: 'Runbook',
          identifier: { type: 'OTHER', value: { url: 'https://runbooks.example/checkout' } },
        },
        {
          identifier: {
            type: 'INCIDENT',
            value: {
              pagerDutyIncidentDetail: { id: 'PD1', autoResolve: true, secretId: 'pd-secret' },
            },
          },
        },
      ],
      triggerDetails: {
        source: 'deploy-pipeline',
        timestamp: 1714557600.5,
        triggerArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout',
        rawData: '{}',
      },
    },
  ],
  ['GetIncidentRecord', { arn: INCIDENT_ARN }],
  [
    'ListIncidentRecords',
    {
      maxResults: 10,
      filters: [
        { key: 'status', condition: { equals: { stringValues: ['OPEN'] } } },
        { key: 'impact', condition: { equals: { integerValues: [1, 2] } } },
        { key: 'creationTime', condition: { after: 1714557600 } },
      ],
    },
  ],
  [
    'UpdateIncidentRecord',
    {
      arn: INCIDENT_ARN,
      title: 'New title',
      impact: 1,
      status: 'RESOLVED',
      summary: 'Fixed',
      clientToken: 'token-3',
      chatChannel: { empty: {} },
      notificationTargets: [{ snsTopicArn: SNS }],
    },
  ],
  [
    'CreateTimelineEvent',
    {
      incidentRecordArn: INCIDENT_ARN,
      eventTime: 1714557600.25,
      eventType: 'Custom Event',
      eventData: '"Deployed"',
      clientToken: 'token-4',
      eventReferences: [{ resource: INCIDENT_ARN }, { relatedItemId: RELATED_ITEM_ID }],
    },
  ],
  [
    'UpdateTimelineEvent',
    {
      incidentRecordArn: INCIDENT_ARN,
      eventId: EVENT_ID,
      eventTime: 1714557600,
      eventType: 'Note',
      eventData: 'x',
      clientToken: 'token-5',
      eventReferences: [{ resource: INCIDENT_ARN }],
    },
  ],
  ['GetTimelineEvent', { incidentRecordArn: INCIDENT_ARN, eventId: EVENT_ID }],
  [
    'ListTimelineEvents',
    {
      incidentRecordArn: INCIDENT_ARN,
      maxResults: 10,
      sortBy: 'EVENT_TIME',
      sortOrder: 'ASCENDING',
      filters: [{ key: 'eventType', condition: { equals: { stringValues: ['Note'] } } }],
    },
  ],
  ['DeleteTimelineEvent', { incidentRecordArn: INCIDENT_ARN, eventId: EVENT_ID }],
  [
    'UpdateRelatedItems',
    {
      incidentRecordArn: INCIDENT_ARN,
      clientToken: 'token-6',
      relatedItemsUpdate: {
        itemToAdd: {
          title: 'Dashboard',
          generatedId: RELATED_ITEM_ID,
          identifier: { type: 'METRIC', value: { metricDefinition: '{}' } },
        },
      },
    },
  ],
  [
    'UpdateRelatedItems',
    {
      incidentRecordArn: INCIDENT_ARN,
      relatedItemsUpdate: {
        itemToRemove: { type: 'ATTACHMENT', value: { arn: 'arn:aws:s3:::bucket/key' } },
      },
    },
  ],
  ['ListRelatedItems', { incidentRecordArn: INCIDENT_ARN, maxResults: 10 }],
  // The operations without a path label (rawCall sends no label); the tag operations are
  // validated by the same code, and tags.test.ts covers their bounds through the SDK.
  [
    'UpdateResponsePlan',
    {
      arn: PLAN_ARN,
      clientToken: 'token-7',
      displayName: 'Plan one',
      incidentTemplateTitle: 'Checkout down',
      incidentTemplateImpact: 2,
      incidentTemplateSummary: 'Orders fail',
      incidentTemplateDedupeString: 'checkout',
      incidentTemplateNotificationTargets: [{ snsTopicArn: SNS }],
      incidentTemplateTags: { team: 'payments' },
      chatChannel: { chatbotSns: [SNS] },
      engagements: ['arn:aws:ssm-contacts:us-east-1:123456789012:contact/oncall'],
    },
  ],
  ['DeleteResponsePlan', { arn: PLAN_ARN }],
  ['DeleteIncidentRecord', { arn: INCIDENT_ARN }],
  ['ListIncidentFindings', { incidentRecordArn: INCIDENT_ARN, maxResults: 10 }],
  ['BatchGetIncidentFindings', { incidentRecordArn: INCIDENT_ARN, findingIds: ['finding-1'] }],
  [
    'UpdateDeletionProtection',
    {
      arn: 'arn:aws:ssm-incidents::123456789012:replication-set/set-1',
      deletionProtected: true,
      clientToken: 'token-8',
    },
  ],
  ['PutResourcePolicy', { resourceArn: PLAN_ARN, policy: '{}' }],
  ['DeleteResourcePolicy', { resourceArn: PLAN_ARN, policyId: 'policy-1' }],
];

interface Mutation {
  operation: ServedOperation;
  description: string;
  input: Record<string, unknown>;
  /** Both must appear in the ValidationException message. */
  path: string;
  constraint: string;
}

type Step = string | number;

function setAt(
  root: Record<string, unknown>,
  steps: Step[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(root);
  let node = copy as Record<Step, unknown>;
  for (const step of steps.slice(0, -1)) node = node[step] as Record<Step, unknown>;
  const last = steps[steps.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function shape(name: string): Shape {
  return shapesByName[name]!;
}

/** A string that fails `pattern` while keeping within the length bounds, so only the pattern fails. */
function offPattern(s: Shape): string | undefined {
  const candidates = [
    '!',
    'not valid!',
    'aws:reserved',
    `x${'!'.repeat(Math.max(0, (s.min ?? 0) - 1))}`,
  ];
  return candidates.find(
    (c) =>
      c.length >= (s.min ?? 0) &&
      c.length <= (s.max ?? Infinity) &&
      !new RegExp(s.pattern!).test(c),
  );
}

/** Derives one bad request per constraint the model puts on a member present in the baseline. */
function mutations(operation: ServedOperation, root: Record<string, unknown>): Mutation[] {
  const out: Mutation[] = [];
  const add = (
    description: string,
    steps: Step[],
    value: unknown,
    path: string,
    constraint: string,
  ) => out.push({ operation, description, input: setAt(root, steps, value), path, constraint });

  const walk = (shapeName: string, value: unknown, steps: Step[], path: string) => {
    const s = shape(shapeName);
    const join = (name: string) => (path ? `${path}.${name}` : name);
    switch (s.type) {
      case 'structure': {
        const object = value as Record<string, unknown>;
        for (const required of s.required ?? [])
          add(
            `${join(required)} missing`,
            [...steps, required],
            undefined,
            join(required),
            'Member must not be null',
          );
        const present = Object.keys(s.members ?? {}).filter((m) => object[m] !== undefined);
        const other = Object.keys(s.members ?? {}).find((m) => !present.includes(m));
        if (s.union && other !== undefined) {
          add(
            `${path} with two union members`,
            [...steps, other],
            object[present[0]!],
            path,
            'exactly one of',
          );
        }
        for (const member of present)
          walk(s.members![member]!.shape, object[member], [...steps, member], join(member));
        return;
      }
      case 'list': {
        const list = value as unknown[];
        if (s.max !== undefined && list.length > 0) {
          add(
            `${path} too long`,
            steps,
            Array.from({ length: s.max + 1 }, () => list[0]),
            path,
            `length less than or equal to ${s.max}`,
          );
        }
        if (s.min !== undefined && s.min > 0)
          add(`${path} too short`, steps, [], path, `length greater than or equal to ${s.min}`);
        list.forEach((item, index) =>
          walk(s.member!, item, [...steps, index], `${path}.${index + 1}.member`),
        );
        return;
      }
      case 'map': {
        const map = value as Record<string, unknown>;
        const [firstKey, firstValue] = Object.entries(map)[0]!;
        if (s.max !== undefined) {
          const big = Object.fromEntries(
            Array.from({ length: s.max + 1 }, (_, i) => [`k${i}`, firstValue]),
          );
          add(
            `${path} too many entries`,
            steps,
            big,
            path,
            `length less than or equal to ${s.max}`,
          );
        }
        const keyShape = shape(s.key!);
        if (keyShape.max !== undefined) {
          add(
            `${path} key too long`,
            steps,
            { ['k'.repeat(keyShape.max + 1)]: firstValue },
            `${path}.key`,
            `length less than or equal to ${keyShape.max}`,
          );
        }
        walk(s.value!, firstValue, [...steps, firstKey], `${path}.${firstKey}`);
        return;
      }
      case 'string':
        if (s.max !== undefined)
          add(
            `${path} over ${s.max}`,
            steps,
            'a'.repeat(s.max + 1),
            path,
            `length less than or equal to ${s.max}`,
          );
        if (s.min !== undefined && s.min > 0)
          add(
            `${path} under ${s.min}`,
            steps,
            '',
            path,
            `length greater than or equal to ${s.min}`,
          );
        if (s.enum) add(`${path} not in enum`, steps, 'NOT_A_VALUE', path, 'enum value set');
        if (s.pattern) {
          const bad = offPattern(s);
          if (bad !== undefined)
            add(`${path} off pattern`, steps, bad, path, 'regular expression pattern');
        }
        if (steps.length > 0 && typeof value === 'string' && !isQueryMember(operation, path))
          add(`${path} not a string`, steps, 42, path, 'must be a string');
        return;
      case 'integer':
        if (s.min !== undefined)
          add(
            `${path} under ${s.min}`,
            steps,
            s.min - 1,
            path,
            `value greater than or equal to ${s.min}`,
          );
        if (s.max !== undefined)
          add(
            `${path} over ${s.max}`,
            steps,
            s.max + 1,
            path,
            `value less than or equal to ${s.max}`,
          );
        add(`${path} fractional`, steps, 1.5, path, 'must be an integer');
        return;
      case 'timestamp':
        add(`${path} as a string`, steps, '2024-05-01T00:00:00Z', path, 'epoch seconds');
        return;
      case 'boolean':
        add(`${path} as a string`, steps, 'true', path, 'must be a boolean');
        return;
    }
  };
  walk(serviceModel.operations[operation].input, root, [], '');
  return out;
}

function isQueryMember(operation: ServedOperation, member: string): boolean {
  return (
    shape(serviceModel.operations[operation].input).members?.[member]?.location === 'querystring'
  );
}

describeWithClient('the generated service table against botocore', findBoto3(), (client) => {
  it('matches the model botocore loads', () => {
    expect(serviceModel).toEqual(extractModel(loadBotocoreModel(client.command)));
  });

  it('is the module the generator writes, formatted', async () => {
    const file = new URL('../src/model/service-model.generated.ts', import.meta.url);
    const rendered = renderModule(extractModel(loadBotocoreModel(client.command)));
    const options = await resolveConfig(file);
    expect(await format(rendered, { ...options, filepath: file.pathname })).toBe(
      readFileSync(file, 'utf8'),
    );
  });
});

describe('the handler table, typed by the model', () => {
  it('does not compile without a handler for each operation, or with one of another input', () => {
    const { ListRelatedItems: _left, ...others } = handlers;
    // @ts-expect-error ListRelatedItems has no handler
    const incomplete: HandlerTable = others;
    // @ts-expect-error GetIncidentRecord's handler takes GetIncidentRecordInput, not a number
    const mistyped: HandlerTable = { ...handlers, GetIncidentRecord: (_c, input: number) => input };
    expect(Object.keys(incomplete)).toHaveLength(SERVED_OPERATIONS.length - 1);
    expect(Object.keys(mistyped).sort()).toEqual(Object.keys(serviceModel.operations).sort());
  });
});

describe('the generated service table', () => {
  it('routes every served operation with the model method, path and status', () => {
    expect(serviceModel.operations.CreateTimelineEvent).toMatchObject({
      method: 'POST',
      path: '/createTimelineEvent',
      successCode: 201,
    });
    expect(serviceModel.operations.GetIncidentRecord).toMatchObject({
      method: 'GET',
      path: '/getIncidentRecord',
      successCode: 200,
    });
    expect(serviceModel.operations.UpdateTimelineEvent).toMatchObject({ successCode: 204 });
    expect(serviceModel.operations.TagResource).toMatchObject({
      method: 'POST',
      path: '/tags/{resourceArn}',
      successCode: 204,
    });
    // Every operation of the model: botocore's 31 (the botocore comparison above checks the list).
    expect(Object.keys(serviceModel.operations)).toEqual([...SERVED_OPERATIONS]);
    expect(SERVED_OPERATIONS).toHaveLength(31);
  });
});

describe('request validation derived from the model', () => {
  const emulator = useStartedEmulator();

  it('accepts every baseline request (no ValidationException)', async () => {
    for (const [operation, input] of BASELINES) {
      const response = await rawCall(emulator, operation, input);
      expect(response.headers.get('x-amzn-errortype'), `${operation}: ${response.text}`).not.toBe(
        'ValidationException',
      );
    }
  });

  const all = BASELINES.flatMap(([operation, input]) => mutations(operation, input));

  it('covers every constraint kind the served inputs use', () => {
    expect(all.length).toBeGreaterThan(150);
    const described = all.map((m) => m.description).join('\n');
    for (const member of [
      'eventData over 12000',
      'clientToken over 128',
      'eventReferences too long',
      'relatedItemId off pattern',
      'title over 200',
      'maxResults over 100',
      'filters too long',
      'impact over 5',
      'findingIds too long',
      'incidentTemplateTags too many entries',
      'deletionProtected as a string',
      'policy over 4000',
    ]) {
      expect(described).toContain(member);
    }
  });

  it('rejects each broken request with a ValidationException naming the member', async () => {
    const failures: string[] = [];
    for (const mutation of all) {
      const response = await rawCall(emulator, mutation.operation, mutation.input);
      const message = String(response.json?.message ?? '');
      const ok =
        response.status === 400 &&
        response.headers.get('x-amzn-errortype') === 'ValidationException' &&
        response.json?.__type === 'ValidationException' &&
        message.includes(`'${mutation.path}'`) &&
        message.includes(mutation.constraint);
      if (!ok)
        failures.push(
          `${mutation.operation} ${mutation.description}: ${response.status} ${response.text.slice(0, 300)}`,
        );
    }
    expect(failures).toEqual([]);
  });

  it('answers malformed JSON and a body that is not an object with SerializationException, as restJson1 does', async () => {
    // The cases of Smithy's RestJsonInvalidJsonBody and RestJsonTechnicallyValidJsonBody tests.
    for (const rawBody of [
      '{',
      '{[',
      '{ "maxResults": 10 }abc',
      '{"maxResults": 10,}',
      "{'maxResults': 10}",
      '[]',
      '[{ "maxResults": 10 }]',
      '10',
      'null',
      '"text"',
    ]) {
      const response = await rawCall(emulator, 'ListResponsePlans', {}, { rawBody });
      expect(response.status, rawBody).toBe(400);
      expect(response.headers.get('x-amzn-errortype'), rawBody).toBe('SerializationException');
      expect(response.json?.__type, rawBody).toBe('SerializationException');
    }
    // An empty body is an input without members.
    expect((await rawCall(emulator, 'ListResponsePlans', {}, { rawBody: '' })).status).toBe(200);
  });
});

describe('responses conform to the model output shapes', () => {
  const emulator = useStartedEmulator();

  async function call(operation: ServedOperation, input: Record<string, unknown>) {
    const response = await rawCall(emulator, operation, input);
    const definition = serviceModel.operations[operation];
    expect(response.status, `${operation}: ${response.text}`).toBe(definition.successCode);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-amzn-requestid')).toBeTruthy();
    if (definition.successCode === 204) expect(response.text).toBe('');
    else expect(validateShape(definition.output, response.json), operation).toEqual([]);
    return response.json ?? {};
  }

  it('for a whole incident lifecycle', async () => {
    const baseline = (operation: ServedOperation) =>
      structuredClone(BASELINES.find(([name]) => name === operation)![1]);
    const { arn: planArn } = await call('CreateResponsePlan', baseline('CreateResponsePlan'));
    await call('GetResponsePlan', { arn: planArn as string });
    await call('ListResponsePlans', {});
    const { incidentRecordArn } = await call('StartIncident', baseline('StartIncident'));
    const arn = incidentRecordArn as string;
    await call('GetIncidentRecord', { arn });
    await call('UpdateIncidentRecord', { ...baseline('UpdateIncidentRecord'), arn });
    await call('ListIncidentRecords', baseline('ListIncidentRecords'));
    await call('UpdateRelatedItems', { ...baseline('UpdateRelatedItems'), incidentRecordArn: arn });
    const { relatedItems } = await call('ListRelatedItems', { incidentRecordArn: arn });
    const relatedItemId = (relatedItems as { generatedId: string }[])[0]!.generatedId;
    const { eventId } = await call('CreateTimelineEvent', {
      ...baseline('CreateTimelineEvent'),
      incidentRecordArn: arn,
      eventReferences: [{ resource: arn }, { relatedItemId }],
    });
    await call('UpdateTimelineEvent', { incidentRecordArn: arn, eventId, eventData: '"edited"' });
    await call('GetTimelineEvent', { incidentRecordArn: arn, eventId: eventId as string });
    await call('ListTimelineEvents', { incidentRecordArn: arn });
    await call('DeleteTimelineEvent', { incidentRecordArn: arn, eventId });
  });

  it('for errors: status and members from the error shape', async () => {
    await control(emulator, 'POST', 'faults', { type: 'throttle' });
    const responses = [
      await rawCall(emulator, 'ListResponsePlans', {}),
      await rawCall(emulator, 'GetIncidentRecord', { arn: INCIDENT_ARN }),
      await rawCall(emulator, 'ListResponsePlans', { maxResults: 0 }),
    ];
    for (const response of responses) {
      const errorType = response.headers.get('x-amzn-errortype')!;
      const errorShape = shapesByName[errorType]!;
      expect(response.status).toBe(errorShape.httpStatus);
      expect(response.json?.__type).toBe(errorType);
      const { __type: _type, ...members } = response.json!;
      expect(validateShape(errorType, members), errorType).toEqual([]);
    }
    expect(responses.map((r) => r.headers.get('x-amzn-errortype'))).toEqual([
      'ThrottlingException',
      'ResourceNotFoundException',
      'ValidationException',
    ]);
  });
});
