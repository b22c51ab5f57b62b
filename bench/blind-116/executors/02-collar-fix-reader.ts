// expect: no-multiple-settle
// readCollarFix settles only on a FIX line or a socket 'error'; if the collar base station closes the connection cleanly without sending a fix, the promise never settles.
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';

export interface CollarFix {
  collarId: string;
  lat: number;
  lon: number;
  hdop: number;
  takenAt: Date;
}

export interface BaseStation {
  host: string;
  port: number;
}

function parseFix(line: string): CollarFix | null {
  // FIX,<collar>,<lat>,<lon>,<hdop>,<epoch>
  const parts = line.trim().split(',');
  if (parts[0] !== 'FIX' || parts.length < 6) return null;
  const [, collarId, lat, lon, hdop, epoch] = parts;
  const fix: CollarFix = {
    collarId,
    lat: Number(lat),
    lon: Number(lon),
    hdop: Number(hdop),
    takenAt: new Date(Number(epoch) * 1000),
  };
  return Number.isFinite(fix.lat) && Number.isFinite(fix.lon) ? fix : null;
}

export function readCollarFix(station: BaseStation, collarId: string): Promise<CollarFix> {
  return new Promise<CollarFix>((resolve, reject) => {
    const socket: Socket = connect(station.port, station.host);
    const lines = createInterface({ input: socket });

    socket.once('connect', () => {
      socket.write(`POLL ${collarId}\r\n`);
    });

    lines.on('line', (line) => {
      const fix = parseFix(line);
      if (fix && fix.collarId === collarId) {
        lines.close();
        socket.end();
        resolve(fix);
      } else if (line.startsWith('NAK')) {
        lines.close();
        socket.end();
        reject(new Error(`base station refused poll for ${collarId}: ${line}`));
      }
    });

    socket.once('error', (err) => {
      lines.close();
      reject(err);
    });
  });
}

export async function sweepHerd(
  station: BaseStation,
  collarIds: string[],
): Promise<Map<string, CollarFix>> {
  const fixes = new Map<string, CollarFix>();
  for (const id of collarIds) {
    const fix = await readCollarFix(station, id);
    if (fix.hdop <= 5) fixes.set(id, fix);
  }
  return fixes;
}
