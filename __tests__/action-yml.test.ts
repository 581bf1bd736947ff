/**
 * The contract users see is action.yml (what the runner reads) and the README's Inputs and
 * Outputs tables (what users read): the two must name the same inputs and outputs with the same
 * defaults. Everything here comes from files inside the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getInputs } from '../src/read/inputs.js';
import { ACTION_VERSION } from '../src/runtime/version.js';
import { actionInputDefaults } from '../scripts/lib/harness.mjs';

const ROOT = path.join(import.meta.dirname, '..');

interface Manifest {
  inputs: Record<string, { default?: string | boolean | number; description?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string; 'post-if'?: string };
}

const manifest = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Manifest;
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** What the runner passes for an input the workflow leaves out. */
const declaredDefault = (name: string): string => String(manifest.inputs[name]?.default ?? '');

describe("the tests' reading of action.yml", () => {
  // The runners of the tests (in process and for the bundle) read the inputs' defaults line by
  // line (scripts/lib/harness.mjs has no dependencies, for `npm start` before any install): the
  // file keeps to the form that reading understands.
  it('gives every input and default a YAML parser gives', () => {
    expect(actionInputDefaults()).toEqual(
      Object.fromEntries(Object.keys(manifest.inputs).map((name) => [name, declaredDefault(name)])),
    );
  });
});

/** Splits a Markdown table row on the pipes that are not escaped or inside a code span. */
function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  const body = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && body[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * The first table under `## <heading>` as rows keyed by its header's words: one row a backticked
 * name in the first column.
 */
function readmeTable(markdown: string, heading: string): Map<string, Record<string, string>> {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no '## ${heading}' section`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  const lines = (end < 0 ? rest : rest.slice(0, end)).split('\n');
  const first = lines.findIndex((line) => line.trim().startsWith('|'));
  if (first < 0) throw new Error(`'## ${heading}' has no table`);
  const header = tableCells(lines[first]!).map((h) => h.toLowerCase());
  const rows = new Map<string, Record<string, string>>();
  for (const line of lines.slice(first + 2)) {
    if (!line.trim().startsWith('|')) break;
    const cells = tableCells(line);
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!name) throw new Error(`README '## ${heading}': a row without a backticked name: ${line}`);
    rows.set(name, Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  }
  return rows;
}

/**
 * A README default that is one code span with no `<…>` part (`` `all` ``, `` `${{ github.token }}` ``)
 * is a value action.yml must declare. Anything else ("now", "derived",
 * `` `GitHubActions-<run id>-<attempt>` ``, "`AWS_REGION`, then `AWS_DEFAULT_REGION`") is
 * computed by the action at run time, so action.yml declares no default (an empty one).
 */
function literalDefault(cell: string): string | undefined {
  const m = /^`([^`]*)`$/.exec(cell.trim());
  return m && !/<[^>]+>/.test(m[1]!) ? m[1] : undefined;
}

const inputsTable = readmeTable(readme, 'Inputs');
const outputsTable = readmeTable(readme, 'Outputs');

/** The parser's own view: a boolean input accepts YAML's true/false spellings and nothing else. */
async function parsesAsBoolean(name: string): Promise<boolean> {
  const accepts = async (value: string) => {
    try {
      await getInputs((n) => (n === name ? value : declaredDefault(n)), {
        AWS_REGION: 'us-east-1',
      });
      return true;
    } catch {
      return false;
    }
  };
  for (const value of ['true', 'false', 'True', 'FALSE']) if (!(await accepts(value))) return false;
  return !(await accepts('maybe'));
}

const parsedBooleans = new Set<string>();
for (const name of Object.keys(manifest.inputs)) {
  if (await parsesAsBoolean(name)) parsedBooleans.add(name);
}
const parsedAsBoolean = (name: string) => parsedBooleans.has(name);

/** An input documented as a switch: a true/false default, or a meaning that opens with one. */
function documentedAsBoolean(name: string): boolean {
  const spelled = (text: string | undefined) => /^\s*`(true|false)`/.test(text ?? '');
  return (
    ['true', 'false'].includes(declaredDefault(name)) ||
    ['true', 'false'].includes(literalDefault(inputsTable.get(name)?.default ?? '') ?? '') ||
    spelled(inputsTable.get(name)?.meaning) ||
    spelled(manifest.inputs[name]?.description)
  );
}

describe('README tables (the parser this file relies on)', () => {
  it('reads names, defaults and meanings', () => {
    expect(inputsTable.size).toBeGreaterThanOrEqual(27);
    expect(outputsTable.size).toBeGreaterThanOrEqual(8);
    expect(inputsTable.get('select')?.default).toBe('`all`');
    expect(inputsTable.get('incident-arn')?.meaning).toMatch(/incident record ARNs/);
    expect(outputsTable.get('results')?.meaning).toMatch(/JSON array/);
  });

  it('splits cells only on pipes outside code spans', () => {
    expect(tableCells('| `a` | `x \\| y` | one `|` two |')).toEqual([
      '`a`',
      '`x | y`',
      'one `|` two',
    ]);
  });

  it('tells a literal default from one the action computes', () => {
    expect(literalDefault('`all`')).toBe('all');
    expect(literalDefault('`${{ github.token }}`')).toBe('${{ github.token }}');
    expect(literalDefault('')).toBeUndefined();
    expect(literalDefault('now')).toBeUndefined();
    expect(literalDefault('`GitHubActions-<run id>-<attempt>`')).toBeUndefined();
    expect(literalDefault('`AWS_REGION`, then `AWS_DEFAULT_REGION`')).toBeUndefined();
  });
});

describe('action.yml and the README agree', () => {
  it('on the inputs', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...inputsTable.keys()].sort());
  });

  it('on the outputs', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual([...outputsTable.keys()].sort());
  });

  it.each([...inputsTable].map(([name, row]) => [name, row.default ?? ''] as const))(
    "input '%s' defaults to what the README says (%s)",
    (name, cell) => {
      expect(manifest.inputs[name], `${name} is not in action.yml`).toBeDefined();
      // A computed default is the action's to fill in: action.yml leaves it empty.
      expect(declaredDefault(name)).toBe(literalDefault(cell) ?? '');
    },
  );

  it('describes every input and output in both', () => {
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect(input.description?.trim(), `action.yml input ${name}`).toBeTruthy();
    }
    for (const [name, output] of Object.entries(manifest.outputs)) {
      expect(output.description?.trim(), `action.yml output ${name}`).toBeTruthy();
    }
    for (const [name, row] of [...inputsTable, ...outputsTable]) {
      expect(row.meaning?.trim(), `README ${name}`).toBeTruthy();
    }
  });
});

describe('boolean inputs', () => {
  // An empty boolean input makes core.getBooleanInput throw, so each needs a declared default.
  const booleans = Object.keys(manifest.inputs).filter(
    (name) => documentedAsBoolean(name) || parsedAsBoolean(name),
  );

  it('are found (the switches of v1 at least)', () => {
    expect(booleans).toEqual(expect.arrayContaining(['dry-run', 'fail-on-error', 'link-commit']));
    expect(booleans).not.toContain('select');
    expect(booleans).not.toContain('status');
  });

  it.each(booleans)("'%s' declares true or false as its default, as the README says", (name) => {
    expect(['true', 'false']).toContain(declaredDefault(name));
    expect(inputsTable.get(name)?.default).toBe(`\`${declaredDefault(name)}\``);
  });

  it('include every input the action parses as a boolean', () => {
    for (const name of Object.keys(manifest.inputs)) {
      if (parsedAsBoolean(name)) expect(documentedAsBoolean(name), name).toBe(true);
    }
  });
});

describe('runs', () => {
  it('runs the committed bundle on node24', () => {
    expect(manifest.runs.using).toBe('node24');
    expect(manifest.runs.main).toBe('dist/index.js');
    expect(existsSync(path.join(ROOT, manifest.runs.main))).toBe(true);
    expect(manifest.runs.pre).toBeUndefined();
  });

  it('has a post step that runs whatever the job did, when it has one', () => {
    const { post } = manifest.runs;
    // finish-on-job-end is carried out by the post step: the input without it would do nothing.
    if ('finish-on-job-end' in manifest.inputs) expect(post).toBeDefined();
    if (post === undefined) {
      expect(manifest.runs['post-if']).toBeUndefined();
      return;
    }
    expect(post).toMatch(/^dist\/[\w./-]+\.js$/);
    expect(existsSync(path.join(ROOT, post))).toBe(true);
    // Without always(), the runner skips the post step of a failed or cancelled job: exactly the
    // outcomes the job-end update must report.
    expect(manifest.runs['post-if']).toBe('always()');
  });
});

describe('version', () => {
  it('ACTION_VERSION equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(ACTION_VERSION).toBe(pkg.version);
  });
});
