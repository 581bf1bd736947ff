/**
 * Publishing the result: the step's outputs and its job summary. What cannot be published is a
 * warning, never a failed step: the event is written by then.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { INCIDENT_A, TARGETS, core, useEmulatorRun } from './helpers.js';

const action = useEmulatorRun();
beforeEach(() => action.seed(TARGETS.A));
afterEach(() => {
  core.setOutput.mockReset();
  core.summary.write.mockReset();
});

const STEP = { inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } };

describe('the outputs', () => {
  it('that cannot be set: a warning, with the reason made inert, and the step succeeds', async () => {
    core.setOutput.mockImplementation(() => {
      throw new Error('disk full\n::error::x');
    });
    const r = await action.run(STEP);
    expect(r.failure).toBeUndefined();
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([String.raw`Could not set the step outputs: disk full\n::error::x`]);
    expect(r.warningTitles).toEqual(['Incident timeline']);
    // The event was written, and the summary still says so.
    expect(action.events(INCIDENT_A)).toHaveLength(1);
    expect(r.summary).toMatch(/^## /);
  });
});

describe('the job summary', () => {
  it('is written once, replacing what the step wrote before', async () => {
    const r = await action.run(STEP);
    expect(core.summary.addRaw).toHaveBeenCalledTimes(1);
    expect(core.summary.addRaw).toHaveBeenCalledWith(r.summary, true);
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    expect(r.summary).toMatch(/^## Timeline event posted\n/);
    expect(r.summary).toContain('\n**Custom Event**\n');
  });

  it('that cannot be written: a warning, and the step succeeds', async () => {
    core.summary.write.mockRejectedValue(new Error('read-only'));
    const r = await action.run(STEP);
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual(['Could not write the job summary: read-only']);
    expect(r.warningTitles).toEqual(['Incident timeline']);
    expect(r.outputs.outcome).toBe('created');
  });

  it('is not written outside a runner (no GITHUB_STEP_SUMMARY)', async () => {
    const r = await action.run({ ...STEP, env: { GITHUB_STEP_SUMMARY: undefined } });
    expect(r.failure).toBeUndefined();
    expect(r.warnings).toEqual([]);
    expect(core.summary.addRaw).not.toHaveBeenCalled();
    expect(core.summary.write).not.toHaveBeenCalled();
    expect(r.outputs.outcome).toBe('created');
  });
});
