// expect: no-multiple-settle
// waitForFloodLevel settles on 'data' and 'error' only, so if the gauge closes the socket before the target depth is reached the promise never settles.
import { connect, type Socket } from 'node:net';

export interface BogBed {
  name: string;
  gaugeHost: string;
  gaugePort: number;
  targetDepthCm: number;
}

export interface FloodReading {
  bed: string;
  depthCm: number;
  at: Date;
}

function parseDepth(line: string): number | undefined {
  // Gauge lines look like: "DEPTH 23.4 cm"
  const m = /^DEPTH\s+(\d+(?:\.\d+)?)\s*cm$/i.exec(line.trim());
  return m ? Number(m[1]) : undefined;
}

export function waitForFloodLevel(bed: BogBed): Promise<FloodReading> {
  return new Promise<FloodReading>((resolve, reject) => {
    const socket: Socket = connect({ host: bed.gaugeHost, port: bed.gaugePort });
    let buffer = '';

    socket.setEncoding('utf8');
    socket.on('connect', () => {
      socket.write('STREAM DEPTH\n');
    });

    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const depth = parseDepth(line);
        if (depth !== undefined && depth >= bed.targetDepthCm) {
          socket.end('STOP\n');
          resolve({ bed: bed.name, depthCm: depth, at: new Date() });
          return;
        }
        newline = buffer.indexOf('\n');
      }
    });

    socket.on('error', (err) => {
      socket.destroy();
      reject(new Error(`gauge ${bed.gaugeHost} for ${bed.name} failed: ${err.message}`));
    });
  });
}

export async function floodSection(beds: BogBed[], openGate: (bed: BogBed) => Promise<void>, closeGate: (bed: BogBed) => Promise<void>): Promise<FloodReading[]> {
  const readings: FloodReading[] = [];
  for (const bed of beds) {
    await openGate(bed);
    try {
      readings.push(await waitForFloodLevel(bed));
    } finally {
      await closeGate(bed);
    }
  }
  return readings;
}
