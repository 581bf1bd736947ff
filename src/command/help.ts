import { ACTION_VERSION } from '../runtime/version.js';
import { envName, OPTIONS } from './options.js';

/**
 * What `--help` prints. Kept apart from the pipeline, so that the entry answers `--help` and
 * `--version` without loading it.
 */
export function helpText(): string {
  const width = Math.max(...[...OPTIONS.keys()].map((name) => name.length)) + 4;
  const options = [...OPTIONS]
    .map(([name, about]) => `  --${name.padEnd(width - 2)}${about}`)
    .join('\n');
  return `incident-timeline ${ACTION_VERSION}: AWS Systems Manager Incident Manager timeline events from any CI

Usage:
  incident-timeline mark [options]                   write an event, as one run of the action
  incident-timeline exec [options] -- COMMAND [ARGS…] mark 'started', run COMMAND, then update the
                                                     event with succeeded, failed or cancelled and
                                                     {duration}; exits with COMMAND's status
  incident-timeline --help | --version

Options (the action's inputs, same names and checks; each also from INCIDENT_TIMELINE_<NAME>,
such as ${envName('response-plan')}; an option beats its variable; booleans as --dry-run or
--dry-run=true|false):
${options}

exec: a marker that cannot be written is a warning and never changes COMMAND's status, unless
--fail-on-error is given (then exit 1 after COMMAND, if COMMAND succeeded).

Output: the log on standard error; one JSON object on standard output with the action's outputs.
Exit status: 0 written, skipped or dry run (or a failure with --fail-on-error=false); 1 failure;
2 bad options. Credentials: the AWS SDK's default chain; --role-to-assume chains from it.
INCIDENT_TIMELINE_DEBUG=true adds debug lines to the log.
`;
}
