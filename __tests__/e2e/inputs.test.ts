/**
 * Bad inputs fail the step before any AWS call: exit code 1, an `::error::` that names the input,
 * and not one request at the emulator. On the runner's node24.
 */
import { describe, expect, it } from 'vitest';
import { allUserEvents, commands, incidentArn, runStep, useEmulator, useNode } from './helpers.js';

const A = incidentArn('checkout-api', 'input-a');
const B = incidentArn('checkout-api', 'input-b');

const BAD_INPUTS: { name: string; input: string; inputs: Record<string, string>; says: RegExp }[] =
  [
    {
      name: 'an incident ARN with a region',
      input: 'incident-arn',
      inputs: {
        'incident-arn':
          'arn:aws:ssm-incidents:us-east-1:123456789012:incident-record/checkout-api/input-a',
      },
      says: /empty region/,
    },
    {
      name: 'impact 9',
      input: 'impact',
      inputs: { 'response-plan': 'checkout-api', impact: '9' },
      says: /\b1\b.*\b5\b/,
    },
    {
      name: 'an unknown placeholder',
      input: 'event-data',
      inputs: { 'incident-arn': A, 'event-data': 'Deployed {version} to {environment}' },
      says: /\{version\}/,
    },
    {
      name: 'event-id with two incident ARNs',
      input: 'event-id',
      inputs: { 'incident-arn': `${A},${B}`, 'event-id': '3ea090a9-982e-a571-7fb2-93b893d5e730' },
      says: /2 incidents/,
    },
    {
      name: 'event-data over 12,000 characters',
      input: 'event-data',
      inputs: { 'incident-arn': A, 'event-data': 'x'.repeat(12_001), 'event-data-encoding': 'raw' },
      says: /12,001 characters.*12,000/,
    },
    {
      name: 'event-data that only the json-string encoding makes oversize',
      input: 'event-data',
      inputs: { 'incident-arn': A, 'event-data': 'x'.repeat(11_999) },
      says: /12,001 characters after json-string encoding/,
    },
  ];

describe('bad inputs, on Node 24', () => {
  const node = useNode();
  const emulator = useEmulator();
  const seed = () =>
    emulator.current.seed({
      incidents: [
        { responsePlan: 'checkout-api', id: 'input-a', title: 'A', impact: 2 },
        { responsePlan: 'checkout-api', id: 'input-b', title: 'B', impact: 2 },
      ],
    });

  it.each(BAD_INPUTS)(
    '$name: fails naming $input, before any request',
    async ({ input, inputs, says }) => {
      await seed();

      const run = await runStep({
        node: node.path,
        emulator: emulator.current,
        inputs: { status: 'succeeded', ...inputs },
      });

      expect(run.code, run.stdout).toBe(1);
      const errors = commands(run.stdout, 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`Input '${input}'`);
      expect(errors[0]).toMatch(says);
      expect(await emulator.current.requests()).toEqual([]);
      expect(allUserEvents(await emulator.current.state())).toEqual([]);
      expect(run.outputs.outcome).toBe('failed');
    },
  );

  it('softens a bad input to a warning with fail-on-error false, still sending nothing', async () => {
    await seed();

    const run = await runStep({
      node: node.path,
      emulator: emulator.current,
      inputs: { 'response-plan': 'checkout-api', impact: '9', 'fail-on-error': 'false' },
    });

    expect(run.code, run.stdout).toBe(0);
    expect(commands(run.stdout, 'error')).toEqual([]);
    expect(commands(run.stdout, 'warning').join('\n')).toContain("Input 'impact'");
    expect(run.outputs.outcome).toBe('failed');
    expect(await emulator.current.requests()).toEqual([]);
  });
});
