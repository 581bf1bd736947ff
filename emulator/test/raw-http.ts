import { connect } from 'node:net';

export interface RawExchange {
  /** Everything the server sent before it closed the connection. */
  text: string;
  /** The status of the first response line, or undefined when nothing came back. */
  status: number | undefined;
}

/**
 * Writes bytes on a plain TCP connection, exactly as given (no HTTP client would send most of
 * them), half-closes it and collects what the server answers until it closes its side.
 */
export function rawExchange(
  endpoint: string,
  bytes: string | Buffer,
  options: { reset?: boolean } = {},
): Promise<RawExchange> {
  const { hostname, port } = new URL(endpoint);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    const done = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
      resolve({ text, status: status === undefined ? undefined : Number(status) });
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', done);
    socket.on('connect', () => {
      socket.write(bytes, () => {
        if (options.reset) socket.resetAndDestroy();
        else socket.end();
      });
    });
  });
}
