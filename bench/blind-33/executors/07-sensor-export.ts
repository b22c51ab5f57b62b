// expect: none
// Both executors settle once: the reader resolves on 'close' and rejects on the interface's forwarded 'error' after detaching the close handler; the writer listens for 'finish' and 'error'.
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface BoreholeSample {
  stationId: string;
  takenAt: Date;
  depthM: number;
  tempC: number;
}

export interface ExportSummary {
  accepted: number;
  rejected: number;
  minTempC: number;
  maxTempC: number;
}

function parseLine(line: string): BoreholeSample | null {
  if (line.startsWith('#') || line.trim() === '') {
    return null;
  }
  const [stationId, iso, depth, temp] = line.split('\t');
  const takenAt = new Date(iso);
  const depthM = Number(depth);
  const tempC = Number(temp);
  if (!stationId || Number.isNaN(takenAt.getTime()) || !Number.isFinite(depthM) || !Number.isFinite(tempC)) {
    return null;
  }
  return { stationId, takenAt, depthM, tempC };
}

export function readSamples(path: string): Promise<{ samples: BoreholeSample[]; rejected: number }> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const samples: BoreholeSample[] = [];
    let rejected = 0;

    rl.on('line', (line) => {
      const sample = parseLine(line);
      if (sample) {
        samples.push(sample);
      } else if (!line.startsWith('#') && line.trim() !== '') {
        rejected++;
      }
    });

    const onClose = () => resolve({ samples, rejected });
    rl.once('close', onClose);
    rl.once('error', (err: Error) => {
      rl.off('close', onClose);
      rl.close();
      reject(err);
    });
  });
}

export function writeCsv(path: string, samples: BoreholeSample[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path, { encoding: 'utf8' });
    out.once('error', reject);
    out.once('finish', () => resolve());

    out.write('station,taken_at,depth_m,temp_c\n');
    for (const s of samples) {
      out.write(`${s.stationId},${s.takenAt.toISOString()},${s.depthM.toFixed(2)},${s.tempC.toFixed(3)}\n`);
    }
    out.end();
  });
}

export async function exportBoreholeLog(src: string, dest: string, maxDepthM = 400): Promise<ExportSummary> {
  const { samples, rejected } = await readSamples(src);
  const kept = samples
    .filter((s) => s.depthM >= 0 && s.depthM <= maxDepthM)
    .sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime() || a.depthM - b.depthM);

  if (kept.length === 0) {
    throw new Error(`No usable samples in ${src} (${rejected} malformed lines)`);
  }

  await writeCsv(dest, kept);

  const temps = kept.map((s) => s.tempC);
  return {
    accepted: kept.length,
    rejected: rejected + (samples.length - kept.length),
    minTempC: Math.min(...temps),
    maxTempC: Math.max(...temps),
  };
}
