// expect: no-multiple-settle
// The promise settles on a complete reply line or a socket error, but if the hive gateway closes the connection before sending a newline nothing ever settles it.
import { connect, type Socket } from 'node:net';

export interface HiveReading {
  hiveId: string;
  broodTempC: number;
  humidityPct: number;
  weightKg: number;
  takenAt: Date;
}

export interface GatewayOptions {
  host: string;
  port: number;
  timeoutMs?: number;
}

function parseReading(hiveId: string, line: string): HiveReading {
  // gateway replies with "OK <brood-temp> <humidity> <weight>"
  const [status, temp, humidity, weight] = line.trim().split(/\s+/);
  if (status !== 'OK') {
    throw new Error(`gateway refused reading for ${hiveId}: ${line.trim()}`);
  }
  return {
    hiveId,
    broodTempC: Number(temp),
    humidityPct: Number(humidity),
    weightKg: Number(weight),
    takenAt: new Date(),
  };
}

export function queryHive(hiveId: string, opts: GatewayOptions): Promise<HiveReading> {
  return new Promise<HiveReading>((resolve, reject) => {
    const socket: Socket = connect({ host: opts.host, port: opts.port });
    let buffer = '';
    let done = false;

    socket.setEncoding('utf8');
    socket.setTimeout(opts.timeoutMs ?? 5000, () => {
      socket.destroy(new Error(`hive gateway timed out answering for ${hiveId}`));
    });

    socket.on('connect', () => {
      socket.write(`READ ${hiveId}\n`);
    });

    socket.on('data', (chunk: string) => {
      if (done) return;
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline === -1) return;
      done = true;
      socket.end();
      try {
        resolve(parseReading(hiveId, buffer.slice(0, newline)));
      } catch (err) {
        reject(err);
      }
    });

    socket.on('error', (err) => {
      if (done) return;
      done = true;
      reject(err);
    });
  });
}

export async function readApiary(hiveIds: string[], opts: GatewayOptions): Promise<HiveReading[]> {
  const readings: HiveReading[] = [];
  // the gateway only handles one session at a time, so query hives in turn
  for (const hiveId of hiveIds) {
    readings.push(await queryHive(hiveId, opts));
  }
  return readings;
}

export function flagOverheatedBrood(readings: HiveReading[], maxC = 36.5): string[] {
  return readings.filter((r) => r.broodTempC > maxC).map((r) => r.hiveId);
}
