/**
 * The example workflows are what users copy: each must be valid YAML, use this action, and pass
 * only inputs that action.yml declares, with values the action accepts where they are literal.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getInputs } from '../src/inputs.js';

const root = join(import.meta.dirname, '..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yml'));

interface Step {
  uses?: string;
  with?: Record<string, string | number | boolean>;
}

function actionSteps(file: string): Step[] {
  const workflow = parse(readFileSync(join(root, 'examples', file), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  return Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .filter((step) => step.uses?.includes('incident-timeline-action'));
}

describe('example workflows', () => {
  it('covers the three uses: deploy, rollback, dispatch annotation', () => {
    expect(examples.sort()).toEqual(['annotate.yml', 'deploy.yml', 'rollback.yml']);
  });

  it.each(examples)('%s uses the action with declared inputs only', (file) => {
    const steps = actionSteps(file);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      for (const name of Object.keys(step.with ?? {})) {
        expect(Object.keys(action.inputs), `${file}: input ${name}`).toContain(name);
      }
    }
  });

  it.each(examples)('%s passes literal values the action accepts', (file) => {
    for (const step of actionSteps(file)) {
      const literal = Object.fromEntries(
        Object.entries(step.with ?? {})
          .map(([name, value]) => [name, String(value)] as const)
          // Expressions are resolved by the runner; only literal values can be checked here.
          .filter(([, value]) => !value.includes('${{')),
      );
      const read = (name: string) => literal[name] ?? action.inputs[name]?.default ?? '';
      expect(() => getInputs(read, { AWS_REGION: 'us-east-1' })).not.toThrow();
    }
  });
});
