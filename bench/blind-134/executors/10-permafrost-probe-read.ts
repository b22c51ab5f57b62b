// expect: no-multiple-settle
// The read timeout is cleared on the error path but not when the dump ends normally, so after resolving the timer still fires later, destroys the stream and calls reject on the already settled promise.
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface ThermistorSample {
  depthCm: number;
  tempC: number;
}

export interface ProbeDump {
  probeId: string;
  samples: ThermistorSample[];
  activeLayerCm: number | null;
}

function parseLine(line: string): ThermistorSample | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*cm\s*[,;]\s*(-?\d+(?:\.\d+)?)\s*C\s*$/i.exec(line);
  if (!m) return null;
  return { depthCm: Number(m[1]), tempC: Number(m[2]) };
}

export function activeLayerDepth(samples: readonly ThermistorSample[]): number | null {
  const sorted = [...samples].sort((a, b) => a.depthCm - b.depthCm);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.tempC > 0 && cur.tempC <= 0) {
      const t = prev.tempC / (prev.tempC - cur.tempC);
      return Math.round(prev.depthCm + t * (cur.depthCm - prev.depthCm));
    }
  }
  return null;
}

export function readProbeDump(path: string, probeId: string, timeoutMs = 15_000): Promise<ProbeDump> {
  return new Promise<ProbeDump>((resolve, reject) => {
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 16 * 1024 });
    const samples: ThermistorSample[] = [];
    let tail = '';

    const timer = setTimeout(() => {
      stream.destroy();
      reject(new Error(`probe dump ${path} took longer than ${timeoutMs}ms to read`));
    }, timeoutMs);

    stream.on('data', (chunk) => {
      const lines = (tail + chunk).split('\n');
      tail = lines.pop() ?? '';
      for (const line of lines) {
        const s = parseLine(line);
        if (s) samples.push(s);
      }
    });

    stream.on('end', () => {
      const last = parseLine(tail);
      if (last) samples.push(last);
      resolve({ probeId, samples, activeLayerCm: activeLayerDepth(samples) });
    });

    stream.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

export async function readFieldStation(dir: string): Promise<ProbeDump[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.tsv')).sort();
  const dumps: ProbeDump[] = [];
  for (const file of files) {
    dumps.push(await readProbeDump(join(dir, file), file.replace(/\.tsv$/, '')));
  }
  return dumps;
}
