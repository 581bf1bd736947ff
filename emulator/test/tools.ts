/**
 * Programs the emulator's tests call beside Node: Node 24 (the runtime of emulator/action.yml)
 * through npm, and the openssl CLI for a certificate of the run.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The path of a Node 24 binary from the npm registry (cached by npm after the first call), without
 * blocking the event loop, so that a hook's timeout can still fire during the first download.
 */
export function node24Async(): Promise<string> {
  return new Promise((resolvePath, reject) => {
    execFile(
      'npm',
      ['exec', '--yes', '--package=node@24', '--', 'node', '-p', 'process.execPath'],
      { encoding: 'utf8' },
      (error, out, err) => {
        if (error) reject(new Error(`npm exec --package=node@24 failed: ${error.message}\n${err}`));
        else resolvePath(out.trim().split('\n').pop() ?? '');
      },
    );
  });
}

/** `openssl version`, or undefined when the openssl CLI is not installed. */
export function opensslVersion(): string | undefined {
  try {
    return execFileSync('openssl', ['version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

export interface SelfSignedCertificate {
  /** The temporary directory holding both PEM files. */
  dir: string;
  cert: string;
  key: string;
  /** Deletes the directory. */
  remove(): void;
}

/**
 * A self-signed certificate for 127.0.0.1 and localhost, valid for two days, made with the openssl
 * CLI in a new temporary directory. It is its own CA: trust it with NODE_EXTRA_CA_CERTS=<cert>.
 */
export function createSelfSignedCertificate(): SelfSignedCertificate {
  if (!opensslVersion())
    throw new Error(
      'openssl is not installed; install it (apt-get install openssl) to make a certificate',
    );
  const dir = mkdtempSync(path.join(tmpdir(), 'emulator-tls-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  // prettier-ignore
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-keyout', key, '-out', cert,
    '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { dir, cert, key, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
