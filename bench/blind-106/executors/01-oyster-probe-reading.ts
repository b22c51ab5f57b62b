// expect: no-multiple-settle
// The timeout timer in readProbe is never cleared once the probe answers, so it still fires later and calls reject on the settled promise, holding the event loop open for the full timeout after every reading.
import { createConnection, type Socket } from 'node:net';

export interface WaterSample {
  bed: string;
  salinityPpt: number;
  temperatureC: number;
  dissolvedOxygenMgL: number;
  takenAt: Date;
}

export interface ProbeAddress {
  host: string;
  port: number;
}

const DEFAULT_TIMEOUT_MS = 8_000;

function parseSampleLine(bed: string, line: string): WaterSample {
  // probes answer with e.g. "SAL=31.2;TMP=14.8;DO=7.9"
  const fields = new Map<string, number>();
  for (const part of line.trim().split(';')) {
    const [key, raw] = part.split('=');
    const value = Number(raw);
    if (!key || Number.isNaN(value)) {
      throw new Error(`malformed probe field "${part}" from bed ${bed}`);
    }
    fields.set(key, value);
  }
  const need = (k: string): number => {
    const v = fields.get(k);
    if (v === undefined) throw new Error(`probe for ${bed} omitted ${k}`);
    return v;
  };
  return {
    bed,
    salinityPpt: need('SAL'),
    temperatureC: need('TMP'),
    dissolvedOxygenMgL: need('DO'),
    takenAt: new Date(),
  };
}

export function readProbe(bed: string, addr: ProbeAddress, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<WaterSample> {
  return new Promise<WaterSample>((resolve, reject) => {
    const socket: Socket = createConnection(addr);
    let buffer = '';

    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`probe ${addr.host}:${addr.port} did not answer within ${timeoutMs}ms`));
    }, timeoutMs);

    const onData = (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline === -1) return;
      socket.off('data', onData);
      socket.destroy();
      let sample: WaterSample;
      try {
        sample = parseSampleLine(bed, buffer.slice(0, newline));
      } catch (err) {
        reject(err);
        return;
      }
      resolve(sample);
    };

    socket.setEncoding('utf8');
    socket.once('connect', () => socket.write('READ\n'));
    socket.on('data', onData);
    socket.once('error', (err) => {
      socket.destroy();
      reject(err);
    });
  });
}

export async function sweepBeds(beds: Map<string, ProbeAddress>): Promise<WaterSample[]> {
  const samples: WaterSample[] = [];
  for (const [bed, addr] of beds) {
    samples.push(await readProbe(bed, addr));
  }
  return samples.sort((a, b) => a.dissolvedOxygenMgL - b.dissolvedOxygenMgL);
}
