// expect: no-multiple-settle
// The connect timeout is never cleared: after a successful connect resolves, the timer still fires, destroys the socket the caller is now using and calls reject on an already-settled promise.
import { connect, type Socket } from 'node:net';

export interface Endpoint {
  host: string;
  port: number;
}

export class ConnectTimeoutError extends Error {
  constructor(
    readonly endpoint: Endpoint,
    readonly ms: number,
  ) {
    super(`connect to ${endpoint.host}:${endpoint.port} timed out after ${ms}ms`);
    this.name = 'ConnectTimeoutError';
  }
}

function openSocket(ep: Endpoint, timeoutMs: number): Promise<Socket> {
  return new Promise<Socket>((resolve, reject) => {
    const socket = connect({ host: ep.host, port: ep.port });
    setTimeout(() => {
      socket.destroy();
      reject(new ConnectTimeoutError(ep, timeoutMs));
    }, timeoutMs);
    socket.once('connect', () => {
      socket.setNoDelay(true);
      resolve(socket);
    });
    socket.once('error', (err) => {
      socket.destroy();
      reject(err);
    });
  });
}

/** Returns a connected socket to the first sentinel-advertised replica that answers PING. */
export async function connectReplica(replicas: Endpoint[], timeoutMs = 3_000): Promise<Socket> {
  const failures: string[] = [];
  for (const ep of replicas) {
    let socket: Socket;
    try {
      socket = await openSocket(ep, timeoutMs);
    } catch (err) {
      failures.push(`${ep.host}:${ep.port} ${(err as Error).message}`);
      continue;
    }
    socket.write('*1\r\n$4\r\nPING\r\n');
    const reply = await new Promise<string>((resolve) => {
      const onData = (buf: Buffer) => done(buf.toString('latin1'));
      const onClose = () => done('-ERR closed before PONG');
      const done = (line: string) => {
        socket.off('data', onData);
        socket.off('close', onClose);
        resolve(line);
      };
      socket.on('data', onData);
      socket.on('close', onClose);
    });
    if (reply.startsWith('+PONG')) return socket;
    failures.push(`${ep.host}:${ep.port} replied ${reply.trim()}`);
    socket.destroy();
  }
  throw new Error(`no replica reachable: ${failures.join('; ')}`);
}
