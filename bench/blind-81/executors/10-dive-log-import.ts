// expect: none
// The 'line' handler fires many times but only settles through the guarded fail(); success comes from the single 'close' event, and input errors are handled too.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface DiveSample {
  elapsedSec: number;
  depthM: number;
  tempC: number;
  ppo2: number;
}

export interface DiveSummary {
  diver: string;
  samples: number;
  maxDepthM: number;
  bottomTimeMin: number;
  fastAscents: number;
}

const MAX_ASCENT_M_PER_MIN = 9;

function parseSample(line: string): DiveSample | null {
  const [elapsed, depth, temp, ppo2] = line.split(';').map((field) => Number(field.trim()));
  if ([elapsed, depth, temp, ppo2].some((value) => value === undefined || Number.isNaN(value))) return null;
  return { elapsedSec: elapsed, depthM: depth, tempC: temp, ppo2 };
}

function readDiveSamples(path: string): Promise<DiveSample[]> {
  return new Promise<DiveSample[]>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const lines = createInterface({ input, crlfDelay: Infinity });
    const samples: DiveSample[] = [];
    let lineNo = 0;
    let failed = false;

    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      lines.close();
      input.destroy();
      reject(err);
    };

    lines.on('line', (line) => {
      lineNo += 1;
      if (failed || line.startsWith('#') || line.trim() === '') return;
      const sample = parseSample(line);
      if (!sample) {
        fail(new Error(`${path}:${lineNo}: unreadable sample "${line.slice(0, 40)}"`));
        return;
      }
      samples.push(sample);
    });
    input.once('error', fail);
    lines.once('close', () => {
      if (!failed) resolve(samples);
    });
  });
}

function summarise(diver: string, samples: DiveSample[]): DiveSummary {
  let maxDepthM = 0;
  let fastAscents = 0;
  let bottomSeconds = 0;
  for (let i = 1; i < samples.length; i++) {
    const prev = samples[i - 1];
    const cur = samples[i];
    const dtMin = (cur.elapsedSec - prev.elapsedSec) / 60;
    maxDepthM = Math.max(maxDepthM, cur.depthM);
    if (dtMin > 0 && (prev.depthM - cur.depthM) / dtMin > MAX_ASCENT_M_PER_MIN) fastAscents += 1;
    if (cur.depthM > 3) bottomSeconds += cur.elapsedSec - prev.elapsedSec;
  }
  return {
    diver,
    samples: samples.length,
    maxDepthM,
    bottomTimeMin: Math.round(bottomSeconds / 60),
    fastAscents,
  };
}

export async function importDiveLog(diver: string, path: string): Promise<DiveSummary> {
  const samples = await readDiveSamples(path);
  if (samples.length === 0) throw new Error(`${path} contains no samples`);
  samples.sort((a, b) => a.elapsedSec - b.elapsedSec);
  return summarise(diver, samples);
}
