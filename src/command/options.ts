import { parseArgs } from 'node:util';
import { closest } from '../parse/closest.js';
import type { Env } from '../runtime/env.js';

/**
 * The command's options: the action's inputs, under the same names and checked by the same
 * `getInputs`, without those that only a GitHub job has (`job-status`, `job-instance`,
 * `finish-on-job-end`, `github-token`). A unit test keeps this list equal to action.yml's.
 */
export const OPTIONS = new Map<string, string>([
  ['incident-arn', 'incident record ARN(s), separated by commas or newlines; no search is made'],
  ['response-plan', "search: the incidents of a response plan (name or ARN), or '*' for any"],
  ['title-filter', 'search: incident title contains this text, or /regex/'],
  ['impact', 'search: highest impact included (1 to 5)'],
  ['created-within', 'search: incidents created within this duration (30m, 2h, 1d)'],
  ['select', 'which matches get the event: all, latest, oldest, single (default all)'],
  ['max-incidents', 'fail when more incidents than this would get the event (default 10)'],
  ['if-no-incident', 'when no incident matched: skip, warn, fail (default skip)'],
  ['event-data', 'the event text, with {placeholders}; default: a message from the facts'],
  ['status', 'the {status} placeholder (succeeded, failed, …)'],
  ['environment', 'the {environment} placeholder'],
  ['event-data-encoding', 'json-string (default) or raw'],
  ['event-type', "'Custom Event' (default) or Note"],
  ['event-time', 'the event time (ISO 8601 or epoch seconds); default now'],
  ['references', 'resource ARNs, related-item IDs or https links, one a line'],
  ['pipeline-arn', "a pipeline's ARN, referenced (default: CodePipeline's that started the build)"],
  ['link-commit', 'add the commit as a related item (default true)'],
  ['event-id', 'update this event instead of creating one (mark only)'],
  ['client-token', 'idempotency token (default: derived from the CI job, text and incident)'],
  ['dry-run', 'resolve and render, write nothing (default false)'],
  [
    'fail-on-error',
    'false: a failure exits 0 with outcome failed (mark default true; exec: see below)',
  ],
  ['aws-region', 'region(s) of the replication set, in order of preference (default AWS_REGION)'],
  ['role-to-assume', 'an IAM role ARN, assumed with the default credentials'],
  ['role-session-name', 'session name for role-to-assume'],
  ['audience', 'OIDC audience for role-to-assume inside GitHub Actions'],
  ['endpoint-url', 'service endpoint override (a VPC endpoint, or the local emulator)'],
  ['max-attempts', 'attempts per AWS call (1 to 20, default 5)'],
  ['sha', 'the deployed commit (default: detected from the CI, else git)'],
]);

/** The options that are booleans: `--dry-run` alone means `--dry-run=true`. */
export const BOOLEAN_OPTIONS = new Set(['link-commit', 'dry-run', 'fail-on-error']);

/** `INCIDENT_TIMELINE_<NAME>`: upper case, hyphens as underscores. */
export function envName(option: string): string {
  return `INCIDENT_TIMELINE_${option.toUpperCase().replace(/-/g, '_')}`;
}

export type Subcommand = 'mark' | 'exec';

export type Parsed =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: Subcommand;
      /** The options given on the command line, by input name (an option beats its variable). */
      given: ReadonlyMap<string, string>;
      /** exec: the command and its arguments, after `--`. */
      command: string[];
    };

/** Bad usage: exit status 2, before anything is run or sent. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function unknownOption(raw: string): UsageError {
  const name = raw.replace(/^-+/, '').replace(/_/g, '-');
  const near = closest(name, OPTIONS.keys());
  const hint = near ? ` Did you mean --${near}?` : '';
  return new UsageError(
    `unknown option ${raw}.${hint} The options are the action's inputs (incident-timeline --help lists them).`,
  );
}

/** `--dry-run` alone as `--dry-run=true`, so that every option can be parsed as a string. */
function expandBooleans(args: readonly string[]): string[] {
  return args.map((arg) =>
    arg.startsWith('--') && BOOLEAN_OPTIONS.has(arg.slice(2)) ? `${arg}=true` : arg,
  );
}

/**
 * The command line, parsed with Node's `util.parseArgs` (strict). Every option is a string, and
 * its value is checked later by the action's own `getInputs`, so errors read as the action's.
 */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    return { kind: 'help' };
  }
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first !== 'mark' && first !== 'exec') {
    const near = first.startsWith('-') ? undefined : closest(first, ['mark', 'exec']);
    throw new UsageError(
      `unknown command ${JSON.stringify(first)}${near ? ` (did you mean ${near}?)` : ''}; use mark or exec (incident-timeline --help).`,
    );
  }
  const split = rest.indexOf('--');
  const optionArgs = expandBooleans(split === -1 ? rest : rest.slice(0, split));
  const command = split === -1 ? [] : rest.slice(split + 1);
  if (optionArgs.includes('--help') || optionArgs.includes('-h')) return { kind: 'help' };
  const options = Object.fromEntries(
    [...OPTIONS.keys()].map((name) => [name, { type: 'string' as const }]),
  );
  // A first, lenient pass finds unknown names, to name the closest known one.
  const { tokens } = parseArgs({ args: optionArgs, options, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option' && !OPTIONS.has(token.name)) throw unknownOption(token.rawName);
  }
  let values: Record<string, string | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: optionArgs,
      options,
      strict: true,
      allowPositionals: true,
    }) as { values: Record<string, string | undefined>; positionals: string[] });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (incident-timeline --help).`);
  }
  if (positionals.length > 0) {
    throw new UsageError(
      first === 'exec'
        ? `exec runs the command after --: put ${JSON.stringify(positionals[0])} after it (incident-timeline exec [options] -- COMMAND [ARGS…]).`
        : `mark takes no arguments, only options; ${JSON.stringify(positionals[0])} is not one.`,
    );
  }
  if (first === 'exec' && command.length === 0) {
    throw new UsageError(
      'exec needs a command after --: incident-timeline exec [options] -- COMMAND [ARGS…].',
    );
  }
  if (first === 'mark' && split !== -1) {
    throw new UsageError('mark runs no command; use exec [options] -- COMMAND to run one.');
  }
  const given = new Map<string, string>();
  for (const [name, value] of Object.entries(values))
    if (value !== undefined) given.set(name, value);
  return { kind: first, given, command };
}

/**
 * One input's raw text: the option, else its INCIDENT_TIMELINE_<NAME> variable, else ''. Names
 * that are not options (job-status, github-token, …) read ''.
 */
export function optionReader(given: ReadonlyMap<string, string>, env: Env) {
  return (name: string): string => {
    if (!OPTIONS.has(name)) return '';
    // Trimmed, as the runner's `core.getInput` gives an input.
    return (given.get(name) ?? env[envName(name)] ?? '').trim();
  };
}
