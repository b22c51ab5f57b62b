// expect: none
// The log-scanning promise resolves on the readline 'close' and rejects on a stream 'error', with a settled flag so the close that follows an error cannot settle it a second time.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface CureSample {
  instrumentId: string;
  at: Date;
  relativeHumidity: number;
  celsius: number;
  uvIndex: number;
}

export interface CureSummary {
  instrumentId: string;
  samples: number;
  maxHumidity: number;
  uvHours: number;
  outOfSpec: CureSample[];
}

const MAX_RH = 55;
const MIN_C = 18;

function parseSample(line: string): CureSample | null {
  const [id, iso, rh, c, uv] = line.split('\t');
  if (!id || !iso) return null;
  const sample = {
    instrumentId: id,
    at: new Date(iso),
    relativeHumidity: Number(rh),
    celsius: Number(c),
    uvIndex: Number(uv),
  };
  return Number.isNaN(sample.at.getTime()) ? null : sample;
}

export function summarizeCureLog(file: string, instrumentId: string): Promise<CureSummary> {
  return new Promise<CureSummary>((resolve, reject) => {
    const summary: CureSummary = { instrumentId, samples: 0, maxHumidity: 0, uvHours: 0, outOfSpec: [] };
    const input = createReadStream(file, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    let previous: CureSample | undefined;
    let settled = false;

    rl.on('line', (line) => {
      const sample = parseSample(line);
      if (!sample || sample.instrumentId !== instrumentId) return;
      summary.samples++;
      summary.maxHumidity = Math.max(summary.maxHumidity, sample.relativeHumidity);
      if (previous && previous.uvIndex > 0) {
        summary.uvHours += (sample.at.getTime() - previous.at.getTime()) / 3_600_000;
      }
      if (sample.relativeHumidity > MAX_RH || sample.celsius < MIN_C) summary.outOfSpec.push(sample);
      previous = sample;
    });

    input.once('error', (err) => {
      if (settled) return;
      settled = true;
      rl.close();
      reject(err);
    });

    rl.once('close', () => {
      if (settled) return;
      settled = true;
      resolve(summary);
    });
  });
}

export function isReadyForPolishing(summary: CureSummary, requiredUvHours = 72): boolean {
  return summary.uvHours >= requiredUvHours && summary.outOfSpec.length === 0;
}
