// expect: no-multiple-settle
// The dump promise listens only for 'data' and 'end' on the socket; a refused connection or reset emits 'error' (and 'close' without 'end'), so it never settles.
import net from 'node:net';

export interface StationReading {
  stationId: string;
  takenAt: Date;
  iceTempC: number;
  displacementMm: number;
}

export interface StationConfig {
  host: string;
  port: number;
  stationId: string;
}

function parseLine(stationId: string, line: string): StationReading | null {
  const parts = line.split(',');
  if (parts.length < 3) return null;
  const [ts, temp, disp] = parts;
  const takenAt = new Date(ts);
  if (Number.isNaN(takenAt.getTime())) return null;
  return {
    stationId,
    takenAt,
    iceTempC: Number(temp),
    displacementMm: Number(disp),
  };
}

/**
 * The crevasse monitoring stations speak a tiny line protocol: send `DUMP <since>\n`
 * and the logger streams CSV rows and then closes its side of the connection.
 */
export function dumpStation(cfg: StationConfig, since: Date): Promise<StationReading[]> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ host: cfg.host, port: cfg.port });
    socket.setEncoding('ascii');

    let buffer = '';
    const readings: StationReading[] = [];

    socket.on('connect', () => {
      socket.write(`DUMP ${since.toISOString()}\n`);
    });

    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl !== -1) {
        const row = parseLine(cfg.stationId, buffer.slice(0, nl).trim());
        if (row) readings.push(row);
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf('\n');
      }
    });

    socket.on('end', () => {
      const tail = parseLine(cfg.stationId, buffer.trim());
      if (tail) readings.push(tail);
      resolve(readings);
    });
  });
}

export async function collectMorningReport(stations: StationConfig[], since: Date) {
  const report: Record<string, { maxDisplacement: number; minTemp: number; count: number }> = {};
  for (const station of stations) {
    const rows = await dumpStation(station, since);
    if (rows.length === 0) continue;
    report[station.stationId] = {
      maxDisplacement: Math.max(...rows.map((r) => r.displacementMm)),
      minTemp: Math.min(...rows.map((r) => r.iceTempC)),
      count: rows.length,
    };
  }
  return report;
}

export function flagUnsafeRoutes(
  report: Awaited<ReturnType<typeof collectMorningReport>>,
  limitMm = 12,
): string[] {
  return Object.entries(report)
    .filter(([, r]) => r.maxDisplacement > limitMm)
    .map(([id]) => id);
}
