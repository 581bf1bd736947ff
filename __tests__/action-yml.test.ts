import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_VERSION } from '../src/version.js';
import { readActionManifest, REPO_ROOT } from './harness.js';

/** The contract sits beside the repository, in CI as here. */
const SPEC_PATH = path.resolve(REPO_ROOT, '../shared/SPEC.md');

interface SpecRow {
  name: string;
  defaultCell: string;
}

/** The rows of the first table under `## <heading>`: first column a backticked name. */
function specTable(heading: string): SpecRow[] {
  const spec = readFileSync(SPEC_PATH, 'utf8');
  const start = spec.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`SPEC.md has no '## ${heading}' section`);
  const rest = spec.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  const rows: SpecRow[] = [];
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|([^|]*)\|/.exec(line);
    if (m) rows.push({ name: m[1]!, defaultCell: m[2]!.trim() });
  }
  return rows;
}

/** A default cell that is one literal value (`` `all` ``) is what action.yml must default to. */
function literalDefault(cell: string): string | undefined {
  const m = /^`([^`]*)`$/.exec(cell);
  return m ? m[1] : undefined;
}

const manifest = readActionManifest();
const specInputs = specTable('Inputs');
const specOutputs = specTable('Outputs');

describe('action.yml against SPEC.md', () => {
  it('reads the contract tables', () => {
    // Guards the parser: the contract lists 27 inputs and 8 outputs.
    expect(specInputs.length).toBeGreaterThanOrEqual(27);
    expect(specOutputs.length).toBeGreaterThanOrEqual(8);
    expect(specInputs.map((r) => r.name)).toContain('incident-arn');
    expect(specOutputs.map((r) => r.name)).toContain('results');
  });

  it('declares exactly the inputs of the contract', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual(specInputs.map((r) => r.name).sort());
  });

  it('declares exactly the outputs of the contract', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual(specOutputs.map((r) => r.name).sort());
  });

  it.each(specInputs.map((r) => [r.name, r.defaultCell] as const))(
    "input '%s' has the contract's default (%s)",
    (name, cell) => {
      const declared = manifest.inputs[name];
      expect(declared).toBeDefined();
      const literal = literalDefault(cell);
      // A computed default ("derived", "now", "from the event payload") is the action's to fill in.
      expect(String(declared?.default ?? '')).toBe(literal ?? '');
      expect(declared?.description?.trim()).toBeTruthy();
    },
  );

  it('gives every boolean input a default', () => {
    const booleans = specInputs.filter((r) =>
      ['true', 'false'].includes(literalDefault(r.defaultCell) ?? ''),
    );
    expect(booleans.map((r) => r.name).sort()).toEqual(['dry-run', 'fail-on-error', 'link-commit']);
    for (const { name } of booleans) {
      expect(['true', 'false']).toContain(String(manifest.inputs[name]?.default));
    }
  });

  it('describes every output', () => {
    for (const [name, output] of Object.entries(manifest.outputs)) {
      expect(output.description?.trim(), name).toBeTruthy();
    }
  });

  it('runs the committed bundle on node24', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('version', () => {
  it('ACTION_VERSION equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(ACTION_VERSION).toBe(pkg.version);
  });
});
