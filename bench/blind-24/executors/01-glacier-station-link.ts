// expect: none
// Correct: the line-reader settles once through finish(), covering data, end, close, error and timeout, and detaches its listeners.
import { createConnection, type Socket } from 'node:net';

export interface StationReading {
  stationId: string;
  takenAt: Date;
  iceThicknessM: number;
  surfaceTempC: number;
  velocityMPerDay: number;
}

export interface StationLinkOptions {
  host: string;
  port: number;
  timeoutMs?: number;
}

function parseReading(line: string): StationReading {
  const [stationId, iso, thickness, temp, velocity] = line.trim().split(';');
  if (!stationId || !iso) {
    throw new Error(`malformed station line: ${JSON.stringify(line)}`);
  }
  return {
    stationId,
    takenAt: new Date(iso),
    iceThicknessM: Number(thickness),
    surfaceTempC: Number(temp),
    velocityMPerDay: Number(velocity),
  };
}

// Stations speak a tiny line protocol: we send "LATEST\n" and get one line back.
export function requestLatestReading(opts: StationLinkOptions): Promise<StationReading> {
  const { host, port, timeoutMs = 8_000 } = opts;

  return new Promise<StationReading>((resolve, reject) => {
    const socket: Socket = createConnection({ host, port });
    socket.setEncoding('ascii');
    socket.setTimeout(timeoutMs);

    let buffer = '';
    let done = false;

    const finish = (err: Error | null, reading?: StationReading) => {
      if (done) return;
      done = true;
      socket.removeListener('data', onData);
      socket.removeListener('end', onEnd);
      socket.removeListener('close', onClose);
      socket.removeListener('timeout', onTimeout);
      socket.destroy();
      if (err) reject(err);
      else resolve(reading!);
    };

    const onData = (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline === -1) return;
      try {
        finish(null, parseReading(buffer.slice(0, newline)));
      } catch (e) {
        finish(e as Error);
      }
    };
    const onEnd = () => finish(new Error(`station ${host} hung up before replying`));
    const onClose = () => finish(new Error(`connection to ${host} closed`));
    const onTimeout = () => finish(new Error(`station ${host} silent for ${timeoutMs}ms`));

    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('close', onClose);
    socket.once('timeout', onTimeout);
    // keep an error listener attached even after finish so a late RST doesn't crash us
    socket.on('error', (err) => finish(err));

    socket.write('LATEST\n');
  });
}

export async function pollStations(stations: StationLinkOptions[]): Promise<Map<string, StationReading | Error>> {
  const results = new Map<string, StationReading | Error>();
  const settled = await Promise.allSettled(stations.map((s) => requestLatestReading(s)));
  settled.forEach((outcome, i) => {
    const key = `${stations[i].host}:${stations[i].port}`;
    results.set(key, outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error));
  });
  return results;
}
