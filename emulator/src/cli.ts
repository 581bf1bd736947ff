#!/usr/bin/env node
import { parseArgs } from 'node:util';
import {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  startEmulator,
  type EmulatorOptions,
} from './index.js';
import { CONFLICT_IDENTIFIERS, isConflictIdentifier } from './settings.js';

const USAGE = `Local emulator of the AWS Systems Manager Incident Manager API (ssm-incidents).

Usage: node emulator/dist/index.js [options]

  --port N                 port to listen on (default 0: a free port)
  --host H                 address to bind (default 127.0.0.1); beyond loopback, the API
                           answers any Host header
  --control-any-host       answer the control API (/_emulator/) for any Host header, not
                           only loopback ones (for other containers; browsers still refused)
  --seed FILE              seed document applied at start and on POST /_emulator/reset
  --state FILE             state file: loaded if it exists, rewritten after every write
  --account-id ID          account of the ARNs it creates (default ${DEFAULT_ACCOUNT_ID})
  --region R               the region the emulator reports as its own (default ${DEFAULT_REGION}); it serves every region
  --access-key-id K        verify SigV4 signatures with this key pair
  --secret-access-key S    (or EMULATOR_ACCESS_KEY_ID / EMULATOR_SECRET_ACCESS_KEY)
  --oidc-request-token T   bearer token GET /_emulator/oidc/token requires (default: any)
  --oidc-audience A        audience STS accepts in web identity tokens; repeatable
                           (default sts.amazonaws.com)
  --tls-cert FILE          serve HTTPS with this PEM certificate (chain)...
  --tls-key FILE           ...and its PEM private key; the URL printed is https://
  --github-token T         the token the GitHub stand-in (/_github) requires
                           (default: any Bearer or token credential)
  --conflict-identifier M  what a ConflictException for a reused clientToken names:
                           event, token or none (default none)
  --quiet                  no per-request log line on stderr
  --help                   this text

The first line of standard output is the endpoint URL. Control API: /_emulator/ (see emulator/README.md).
`;

function parseOptions(argv: string[]): EmulatorOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      state: { type: 'string' },
      'account-id': { type: 'string' },
      region: { type: 'string' },
      'access-key-id': { type: 'string' },
      'secret-access-key': { type: 'string' },
      'oidc-request-token': { type: 'string' },
      'oidc-audience': { type: 'string', multiple: true },
      'conflict-identifier': { type: 'string' },
      'github-token': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      quiet: { type: 'boolean' },
      'control-any-host': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, not ${values.port}`);
  const accountId = values['account-id'];
  if (accountId !== undefined && !/^\d{12}$/.test(accountId))
    throw new Error('--account-id must be 12 digits');
  const conflictIdentifier = values['conflict-identifier'];
  if (conflictIdentifier !== undefined && !isConflictIdentifier(conflictIdentifier))
    throw new Error(`--conflict-identifier must be one of ${CONFLICT_IDENTIFIERS.join(', ')}`);
  return {
    port,
    host: values.host,
    seed: values.seed,
    state: values.state,
    accountId,
    region: values.region,
    accessKeyId: values['access-key-id'] ?? process.env.EMULATOR_ACCESS_KEY_ID,
    secretAccessKey: values['secret-access-key'] ?? process.env.EMULATOR_SECRET_ACCESS_KEY,
    oidcRequestToken: values['oidc-request-token'],
    oidcAudiences: values['oidc-audience'],
    conflictIdentifier,
    githubToken: values['github-token'],
    tlsCert: values['tls-cert'],
    tlsKey: values['tls-key'],
    quiet: values.quiet ?? false,
    controlAnyHost: values['control-any-host'] ?? false,
  };
}

async function main(): Promise<void> {
  let options: EmulatorOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const emulator = await startEmulator(options);
  // Scripts read the first line of stdout to find the endpoint; nothing else is ever printed there.
  process.stdout.write(`${emulator.url}\n`);
  const stop = (signal: string) => {
    if (!options.quiet) process.stderr.write(`${signal}: shutting down\n`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
