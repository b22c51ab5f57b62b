// expect: none
// The reply is read with once('data') while 'error' and 'end' reject; every handler first removes the other listeners and destroys the socket, so exactly one of them settles the promise.
import { createConnection } from 'node:net';

export interface PingResult {
  ok: boolean;
  latencyMs: number;
}

export function pingRedis(host: string, port = 6379): Promise<PingResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = createConnection({ host, port });

    const cleanup = () => {
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('end', onEnd);
      socket.destroy();
    };
    const onData = (chunk: Buffer) => {
      cleanup();
      resolve({ ok: chunk.toString('utf8').startsWith('+PONG'), latencyMs: performance.now() - started });
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onEnd = () => {
      cleanup();
      reject(new Error(`${host}:${port} closed the connection without replying`));
    };

    socket.once('data', onData);
    socket.once('error', onError);
    socket.once('end', onEnd);
    socket.once('connect', () => socket.write('PING\r\n'));
  });
}

export async function healthcheck(hosts: string[]): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const h of hosts) {
    out[h] = await pingRedis(h).then((r) => r.ok, () => false);
  }
  return out;
}
