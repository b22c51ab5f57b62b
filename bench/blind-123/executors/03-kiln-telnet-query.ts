// expect: no-multiple-settle
// On socket timeout the code calls destroy() without an error, which emits only 'close', and the executor has no 'close' handler, so the promise never settles on that path.
import { createConnection, type Socket } from 'node:net';

export interface KilnStatus {
  kilnId: string;
  zoneTemps: number[];
  setpoint: number;
  segment: number;
  door: 'open' | 'closed';
}

export interface KilnEndpoint {
  host: string;
  port: number;
  kilnId: string;
}

const REPLY_TIMEOUT_MS = 4_000;

function parseStatus(kilnId: string, line: string): KilnStatus {
  // controller answers e.g. "STAT Z=1182,1176,1190 SP=1200 SEG=3 DOOR=C"
  const fields = new Map<string, string>();
  for (const token of line.trim().split(/\s+/).slice(1)) {
    const [key, value] = token.split('=');
    if (key && value !== undefined) fields.set(key, value);
  }
  const zones = (fields.get('Z') ?? '').split(',').filter(Boolean).map(Number);
  if (zones.length === 0 || zones.some(Number.isNaN)) {
    throw new Error(`kiln ${kilnId}: malformed status line ${JSON.stringify(line)}`);
  }
  return {
    kilnId,
    zoneTemps: zones,
    setpoint: Number(fields.get('SP') ?? NaN),
    segment: Number(fields.get('SEG') ?? 0),
    door: fields.get('DOOR') === 'O' ? 'open' : 'closed',
  };
}

export function queryKiln(endpoint: KilnEndpoint, command = 'STAT?'): Promise<KilnStatus> {
  return new Promise<KilnStatus>((resolve, reject) => {
    const socket: Socket = createConnection({ host: endpoint.host, port: endpoint.port });
    socket.setEncoding('latin1');
    socket.setTimeout(REPLY_TIMEOUT_MS);
    let buffer = '';

    const onData = (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline < 0) return;
      socket.off('data', onData);
      socket.off('error', onError);
      socket.on('error', () => {
        /* late resets after we have our answer are not interesting */
      });
      socket.end();
      try {
        resolve(parseStatus(endpoint.kilnId, buffer.slice(0, newline)));
      } catch (err) {
        reject(err);
      }
    };

    const onError = (err: Error) => {
      socket.off('data', onData);
      socket.destroy();
      reject(new Error(`kiln ${endpoint.kilnId} at ${endpoint.host}:${endpoint.port}: ${err.message}`, { cause: err }));
    };

    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('timeout', () => {
      socket.destroy();
    });
    socket.once('connect', () => {
      socket.write(`${command}\r\n`);
    });
  });
}

export async function hottestZone(endpoints: KilnEndpoint[]): Promise<{ kilnId: string; celsius: number } | null> {
  let best: { kilnId: string; celsius: number } | null = null;
  for (const endpoint of endpoints) {
    const status = await queryKiln(endpoint);
    const peak = Math.max(...status.zoneTemps);
    if (!best || peak > best.celsius) best = { kilnId: status.kilnId, celsius: peak };
  }
  return best;
}
