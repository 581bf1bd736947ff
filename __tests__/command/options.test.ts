/**
 * The command's options: parsed with util.parseArgs, read as the action's inputs (an option beats
 * its INCIDENT_TIMELINE_* variable), and the closest known option named for a mistyped one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  envName,
  OPTIONS,
  optionReader,
  parseCommandLine,
  UsageError,
} from '../../src/command/options.js';
import { expectCarries } from '../carries.js';

const manifest = parse(
  readFileSync(path.join(import.meta.dirname, '../../action.yml'), 'utf8'),
) as { inputs: Record<string, unknown> };

function usage(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('the options', () => {
  it("are action.yml's inputs, without those only a GitHub job has", () => {
    const onlyInAJob = ['job-status', 'job-instance', 'finish-on-job-end', 'github-token'];
    expect([...OPTIONS.keys()].sort()).toEqual(
      Object.keys(manifest.inputs)
        .filter((name) => !onlyInAJob.includes(name))
        .sort(),
    );
  });

  it('each has a variable INCIDENT_TIMELINE_<NAME>, upper case with underscores', () => {
    expect(envName('response-plan')).toBe('INCIDENT_TIMELINE_RESPONSE_PLAN');
    expect(envName('aws-region')).toBe('INCIDENT_TIMELINE_AWS_REGION');
  });
});

describe('parseCommandLine', () => {
  it('reads mark with its options as strings, by input name', () => {
    const parsed = parseCommandLine(['mark', '--response-plan', 'checkout', '--impact=2']);
    expect(parsed).toEqual({
      kind: 'mark',
      given: new Map([
        ['response-plan', 'checkout'],
        ['impact', '2'],
      ]),
      command: [],
    });
  });

  it('reads a boolean alone as true, and =false as false (checked later as the input is)', () => {
    const parsed = parseCommandLine(['mark', '--dry-run', '--link-commit=false']);
    expect(parsed.kind === 'mark' && Object.fromEntries(parsed.given)).toEqual({
      'dry-run': 'true',
      'link-commit': 'false',
    });
  });

  it('takes what follows -- as the command of exec, options included', () => {
    const parsed = parseCommandLine(['exec', '--status', 'x', '--', 'make', '--dry-run', '--']);
    expect(parsed).toMatchObject({ kind: 'exec', command: ['make', '--dry-run', '--'] });
    expect(parsed.kind === 'exec' && Object.fromEntries(parsed.given)).toEqual({ status: 'x' });
  });

  it.each([[[]], [['help']], [['--help']], [['-h']], [['mark', '--help']]])(
    '%j asks for help',
    (argv) => expect(parseCommandLine(argv)).toEqual({ kind: 'help' }),
  );

  it('--version asks for the version', () => {
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
  });

  it('names the closest option for an unknown one', () => {
    expectCarries(usage(['mark', '--respons-plan', 'x']), ['--respons-plan', '--response-plan']);
    expectCarries(usage(['mark', '--aws_region=us-east-1']), ['--aws_region', '--aws-region']);
  });

  it('refuses an option that is not one, naming the help, without a far-fetched guess', () => {
    const message = usage(['mark', '--verbose']);
    expectCarries(message, ['--verbose', '--help']);
    expect(message).not.toContain('Did you mean');
  });

  it('refuses the inputs that only a GitHub job has', () => {
    expectCarries(usage(['mark', '--job-status', 'success']), ['--job-status']);
    expectCarries(usage(['mark', '--github-token=x']), ['--github-token']);
  });

  it('refuses an option without its value', () => {
    expectCarries(usage(['mark', '--status']), ['--status']);
  });

  it('names the commands for an unknown one, and the closest', () => {
    expectCarries(usage(['marc']), ['marc', 'mark', 'exec']);
  });

  it('refuses exec without a command, and arguments before --', () => {
    expectCarries(usage(['exec', '--status', 'x']), ['--', 'COMMAND']);
    expectCarries(usage(['exec', 'make']), ['make', '--']);
  });

  it('refuses a command after mark, and arguments to it', () => {
    expectCarries(usage(['mark', '--', 'make']), ['exec']);
    expectCarries(usage(['mark', 'now']), ['now']);
  });
});

describe('optionReader', () => {
  const env = {
    INCIDENT_TIMELINE_RESPONSE_PLAN: ' from-env ',
    INCIDENT_TIMELINE_STATUS: 'from-env',
    INCIDENT_TIMELINE_JOB_STATUS: 'success',
  };

  it('gives the option, else its variable, trimmed as the runner gives an input', () => {
    const read = optionReader(new Map([['status', 'given']]), env);
    expect(read('status')).toBe('given');
    expect(read('response-plan')).toBe('from-env');
    expect(read('impact')).toBe('');
  });

  it('reads nothing for a name that is not an option, whatever the environment holds', () => {
    expect(optionReader(new Map(), env)('job-status')).toBe('');
  });
});
