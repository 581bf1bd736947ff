// Reads vitest's JSON report (written when CI is set; see vitest.config.ts), prints the plain
// "N passed, N failed, N skipped" line, and fails when a test failed, when none ran, or when any
// was skipped: in CI every prerequisite is installed, so a skip means a check silently not made.
//   node scripts/ci/test-report.mjs [.tmp/vitest.json]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The counts, and the reasons the run does not pass (none when it does). */
export function judge(report) {
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped,
    total: report.numTotalTests ?? 0,
  };
  const problems = [];
  if (counts.total === 0) problems.push('no test ran');
  if (counts.failed > 0 || report.success === false) problems.push('tests failed');
  if (skipped > 0) {
    const names = (report.testResults ?? []).flatMap((file) =>
      (file.assertionResults ?? [])
        .filter((t) => t.status === 'pending' || t.status === 'skipped' || t.status === 'todo')
        .map((t) => `${relative(process.cwd(), file.name)}: ${t.fullName ?? t.title}`),
    );
    problems.push(`tests were skipped, which CI does not allow:\n  ${names.join('\n  ')}`);
  }
  return { counts, problems };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? '.tmp/vitest.json';
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`No vitest report at ${file} (is CI set?): ${error.message}`);
    process.exit(1);
  }
  const { counts, problems } = judge(report);
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const problem of problems) console.error(problem);
  process.exitCode = problems.length ? 1 : 0;
}
