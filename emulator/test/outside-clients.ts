/**
 * The clients outside Node that the emulator must keep working with: the AWS CLI v2 and boto3.
 * A fresh clone with only Node and npm has neither, so their tests are skipped with a message that
 * says which is missing and how to install it; CI sets REQUIRE_OUTSIDE_CLIENTS=1, and then a
 * missing client fails the run instead.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';
import { ACCESS_KEY_ID, REGION, SECRET_ACCESS_KEY } from './helpers.js';

export const OUTSIDE_CLIENTS_REQUIRED = process.env.REQUIRE_OUTSIDE_CLIENTS === '1';

export interface FoundClient {
  /** What to run. */
  command: string;
  /** What it says its version is. */
  version: string;
}

export interface ClientLookup {
  found?: FoundClient;
  /** Why it is missing and how to install it; set when `found` is not. */
  missing?: string;
}

/** Debian's package is v2 and lands here, while an older v1 may come first on PATH. */
const DEBIAN_AWS_CLI = '/usr/bin/aws';

function versionOf(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  if (result.error || result.status !== 0) return undefined;
  // AWS CLI v1 printed its version on stderr.
  return `${result.stdout}${result.stderr}`.trim();
}

/** `/usr/bin/aws` first, then each `aws` on PATH: the first whose version says `aws-cli/2`. */
export function findAwsCliV2(): ClientLookup {
  const candidates = [DEBIAN_AWS_CLI];
  for (const directory of (process.env.PATH ?? '').split(path.delimiter)) {
    if (directory) candidates.push(path.join(directory, 'aws'));
  }
  const seen: string[] = [];
  for (const command of new Set(candidates)) {
    if (!existsSync(command)) continue;
    const version = versionOf(command, ['--version']);
    if (version?.startsWith('aws-cli/2')) return { found: { command, version } };
    seen.push(`${command} (${version?.split(' ')[0] ?? 'does not run'})`);
  }
  return {
    missing: `the AWS CLI v2 is not installed (looked for aws-cli/2 at ${DEBIAN_AWS_CLI} and on PATH${seen.length > 0 ? `; found ${seen.join(', ')}` : ''}). Install it: https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html, or on Debian 12 apt-get install awscli`,
  };
}

export function findBoto3(): ClientLookup {
  const version = versionOf('python3', ['-c', 'import boto3; print(boto3.__version__)']);
  if (version) return { found: { command: 'python3', version: `boto3 ${version}` } };
  return {
    missing: `python3 with boto3 is not installed. Install it: python3 -m pip install boto3, or on Debian/Ubuntu apt-get install python3-boto3`,
  };
}

/**
 * `describe` when the client is there; otherwise a skipped suite whose name says why, or, when
 * REQUIRE_OUTSIDE_CLIENTS=1, a suite with one failing test that says the same.
 */
export function describeWithClient(
  name: string,
  lookup: ClientLookup,
  suite: (client: FoundClient) => void,
): void {
  if (lookup.found) {
    const client = lookup.found;
    describe(`${name} (${client.version.split('\n')[0]})`, () => suite(client));
    return;
  }
  const missing = lookup.missing ?? 'not found';
  if (OUTSIDE_CLIENTS_REQUIRED) {
    describe(name, () => {
      it('is installed, as REQUIRE_OUTSIDE_CLIENTS=1 demands', () => {
        throw new Error(`${name}: ${missing}`);
      });
    });
    return;
  }
  console.warn(`${name} tests skipped: ${missing}`);
  describe.skip(`${name} (skipped: ${missing})`, () =>
    suite({ command: 'missing', version: 'missing' }));
}

/**
 * Runs a boto3 script against an emulator started with the test key pair (helpers.ts), with
 * credentials and region from the environment only: no user config can leak in. The script reads
 * the endpoint from `ENDPOINT`, and `env` adds its own variables. Resolves its standard output.
 */
export async function runBoto3(
  script: string,
  endpoint: string,
  env: Record<string, string> = {},
): Promise<string> {
  const { stdout } = await promisify(execFile)('python3', ['-c', script], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      AWS_ACCESS_KEY_ID: ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      AWS_DEFAULT_REGION: REGION,
      AWS_CONFIG_FILE: '/nonexistent/aws-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
      AWS_EC2_METADATA_DISABLED: 'true',
      ENDPOINT: endpoint,
      ...env,
    },
  });
  return stdout;
}
