// expect: no-multiple-settle
// The async executor awaits keyring.sessionKey() before wiring any listener; if that rejects, the rejection is lost and the returned promise never settles.
import { connect, type Socket } from 'node:net';
import { createHmac } from 'node:crypto';

export interface StationEndpoint {
  stationId: string;
  host: string;
  port: number;
  network: 'regional' | 'strong-motion' | 'borehole';
}

export interface HandshakeResult {
  stationId: string;
  socket: Socket;
  firmware: string;
  sampleRateHz: number;
  clockDriftMs: number;
}

declare const keyring: {
  sessionKey(stationId: string): Promise<Buffer>;
};

declare const networkStatus: {
  markOnline(stationId: string, firmware: string): void;
  markUnreachable(stationId: string, reason: string): void;
};

function signChallenge(key: Buffer, challenge: string): string {
  return createHmac('sha256', key).update(challenge).digest('hex');
}

function parseHello(line: string): { firmware: string; rate: number; stationTime: number } | null {
  // HELLO fw=4.2.1 rate=100 t=1717171717123
  const match = /^HELLO fw=(\S+) rate=(\d+) t=(\d+)$/.exec(line.trim());
  if (!match) return null;
  return { firmware: match[1], rate: Number(match[2]), stationTime: Number(match[3]) };
}

export function handshake(endpoint: StationEndpoint, timeoutMs = 10_000): Promise<HandshakeResult> {
  return new Promise<HandshakeResult>(async (resolve, reject) => {
    const key = await keyring.sessionKey(endpoint.stationId);
    const socket = connect({ host: endpoint.host, port: endpoint.port });
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs);

    let buffer = '';
    const detach = () => {
      for (const event of ['data', 'error', 'timeout', 'close'] as const) {
        socket.removeAllListeners(event);
      }
    };
    const fail = (err: Error) => {
      detach();
      socket.destroy();
      reject(err);
    };

    socket.once('error', fail);
    socket.once('timeout', () => fail(new Error(`handshake with ${endpoint.stationId} timed out`)));
    socket.once('close', () => fail(new Error(`station ${endpoint.stationId} closed during handshake`)));

    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline === -1) return;
      const first = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);

      if (first.startsWith('CHALLENGE ')) {
        socket.write(`AUTH ${signChallenge(key, first.slice(10))}\n`);
        return;
      }
      const hello = parseHello(first);
      if (!hello) {
        fail(new Error(`unexpected greeting from ${endpoint.stationId}: ${first}`));
        return;
      }
      detach();
      socket.setTimeout(0);
      resolve({
        stationId: endpoint.stationId,
        socket,
        firmware: hello.firmware,
        sampleRateHz: hello.rate,
        clockDriftMs: Date.now() - hello.stationTime,
      });
    });
  });
}

export async function connectNetwork(endpoints: StationEndpoint[]): Promise<HandshakeResult[]> {
  const connected: HandshakeResult[] = [];
  for (const endpoint of endpoints) {
    try {
      const result = await handshake(endpoint);
      networkStatus.markOnline(endpoint.stationId, result.firmware);
      connected.push(result);
    } catch (err) {
      networkStatus.markUnreachable(endpoint.stationId, (err as Error).message);
    }
  }
  return connected;
}
