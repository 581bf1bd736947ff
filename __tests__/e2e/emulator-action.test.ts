/**
 * The two actions of the repository in one job, as the emulator's README shows them: the
 * emulator's action (emulator/action.yml, its committed bundles) starts it and sets the job's
 * environment, and this action, given neither endpoint, keys nor region, writes to it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GITHUB_ENV, ROOT, node24Async, runAction } from '../../scripts/lib/harness.mjs';

const EMULATOR_ACTION = path.join(ROOT, 'emulator', 'action.yml');
const runs = (parse(readFileSync(EMULATOR_ACTION, 'utf8')) as { runs: Record<string, string> })
  .runs;
const SEED = JSON.stringify({
  incidents: [{ responsePlan: 'checkout-api', id: 'ci-open', title: 'Checkout errors' }],
});

let node24: string;
let workspace: string;
beforeAll(async () => {
  node24 = await node24Async();
  workspace = mkdtempSync(path.join(tmpdir(), 'emulator-action-'));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const emulatorStep = (
  entry: string,
  given: { inputs?: Record<string, string>; state?: Record<string, string> },
) =>
  runAction({
    node: node24,
    entry: path.join(ROOT, 'emulator', entry),
    actionFile: EMULATOR_ACTION,
    env: { GITHUB_WORKSPACE: workspace },
    ...given,
  });

it('the timeline action needs no endpoint, keys or region after the emulator action', async () => {
  const main = await emulatorStep(runs.main!, { inputs: { seed: SEED } });
  try {
    expect(main.code, main.stdout).toBe(0);
    const mark = await runAction({
      node: node24,
      inputs: { 'response-plan': 'checkout-api' },
      env: { ...GITHUB_ENV, GITHUB_WORKSPACE: workspace, ...main.env },
    });
    expect(mark.code, mark.stdout + mark.stderr).toBe(0);
    expect(mark.outputs.outcome).toBe('created');
    expect(mark.outputs['incident-arn']).toBe(
      'arn:aws:ssm-incidents::123456789012:incident-record/checkout-api/ci-open',
    );
  } finally {
    const post = await emulatorStep(runs.post!, { state: main.state });
    expect(post.summary).toMatch(/\| CreateTimelineEvent \| 20\d \| 1 \|/);
  }
});

it("npm run emulator runs the emulator package's command", () => {
  const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'emulator', 'package.json'), 'utf8'));
  expect(scripts.emulator).toBe(
    `node ${path.join('emulator', manifest.bin['incident-manager-emulator'])}`,
  );
});
