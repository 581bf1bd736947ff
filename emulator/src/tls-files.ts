import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { TlsMaterial } from './server.js';

/** Reads the PEM files up front, so a wrong path or a bad file stops the start with its name. */
export function readTlsFiles(
  cert: string | undefined,
  key: string | undefined,
): TlsMaterial | undefined {
  if (cert === undefined && key === undefined) return undefined;
  if (cert === undefined || key === undefined)
    throw new Error(
      'Give both a TLS certificate and its key (--tls-cert and --tls-key), or neither',
    );
  const read = (path: string, what: string) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new Error(`${path}: the TLS ${what} cannot be read: ${(error as Error).message}`, {
        cause: error,
      });
    }
  };
  const material = { cert: read(cert, 'certificate'), key: read(key, 'key') };
  try {
    // Parses both and checks that they belong together, before any request could fail on them.
    createSecureContext(material);
  } catch (error) {
    throw new Error(
      `${cert}, ${key}: not a usable TLS certificate and key: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return material;
}
