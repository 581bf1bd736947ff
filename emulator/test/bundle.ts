import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The package's directory, emulator/. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = path.join(PACKAGE_ROOT, 'dist/index.js');

export interface BundledEmulator {
  url: string;
  child: ChildProcessWithoutNullStreams;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs the committed bundle as users do, and reads the endpoint from the first line of stdout. */
export function spawnBundledEmulator(
  args: string[],
  env: Record<string, string> = {},
  node: string = process.execPath,
): Promise<BundledEmulator> {
  const child = spawn(node, [BUNDLE, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`emulator did not print its URL in 10 s; stderr: ${stderr}`)),
      10_000,
    );
    child.once('exit', (code) =>
      reject(new Error(`emulator exited with ${code} before printing its URL; stderr: ${stderr}`)),
    );
    createInterface({ input: child.stdout }).once('line', (url) => {
      clearTimeout(timer);
      resolve({
        url,
        child,
        stderr: () => stderr,
        stop: (signal = 'SIGTERM') => {
          child.kill(signal);
          return exited;
        },
      });
    });
  });
}
