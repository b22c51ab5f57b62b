// expect: none
// Every path (line received, socket error, early close, timeout) goes through a single finish() that removes listeners and clears the timer, so the promise settles exactly once.
import { connect, type Socket } from 'node:net';

export interface HiveWeight {
  hiveId: string;
  grams: number;
  temperatureC: number;
  readAt: Date;
}

export interface ScaleEndpoint {
  host: string;
  port: number;
}

function parseReading(hiveId: string, line: string): HiveWeight {
  const [grams, temp] = line.split(';');
  const g = Number(grams);
  const t = Number(temp);
  if (!Number.isFinite(g) || !Number.isFinite(t)) {
    throw new Error(`malformed scale reading for ${hiveId}: ${JSON.stringify(line)}`);
  }
  return { hiveId, grams: g, temperatureC: t, readAt: new Date() };
}

export function readHiveWeight(
  hiveId: string,
  endpoint: ScaleEndpoint,
  timeoutMs = 4000,
): Promise<HiveWeight> {
  return new Promise<HiveWeight>((resolve, reject) => {
    const socket: Socket = connect(endpoint.port, endpoint.host);
    let buffer = '';

    const timer = setTimeout(() => {
      finish(new Error(`scale for hive ${hiveId} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);

    const onConnect = () => socket.write(`READ ${hiveId}\n`);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const newline = buffer.indexOf('\n');
      if (newline === -1) return;
      const line = buffer.slice(0, newline).trim();
      try {
        finish(undefined, parseReading(hiveId, line));
      } catch (err) {
        finish(err as Error);
      }
    };
    const onError = (err: Error) => finish(err);
    const onClose = () => finish(new Error(`scale for hive ${hiveId} closed the connection early`));

    function finish(err: Error | undefined, reading?: HiveWeight): void {
      clearTimeout(timer);
      socket.off('connect', onConnect);
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('close', onClose);
      socket.destroy();
      if (err) reject(err);
      else resolve(reading!);
    }

    socket.on('connect', onConnect);
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
  });
}

export async function weighApiary(
  hiveIds: string[],
  endpoint: ScaleEndpoint,
): Promise<Map<string, HiveWeight>> {
  const weights = new Map<string, HiveWeight>();
  for (const id of hiveIds) {
    weights.set(id, await readHiveWeight(id, endpoint));
  }
  return weights;
}
