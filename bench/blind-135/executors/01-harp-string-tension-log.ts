// expect: no-multiple-settle
// The promise settles only on the read stream's 'end' event, so a missing or unreadable log file leaves readTensionLog pending forever.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface TensionSample {
  stringId: string;
  gauge: number;
  newtons: number;
  recordedAt: Date;
}

export interface StringStats {
  min: number;
  max: number;
  mean: number;
  count: number;
}

const LINE_RE = /^(\S+)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\S+)$/;

function parseLine(line: string): TensionSample | null {
  const m = LINE_RE.exec(line.trim());
  if (!m) return null;
  const recordedAt = new Date(m[4]);
  if (Number.isNaN(recordedAt.getTime())) return null;
  return { stringId: m[1], gauge: Number(m[2]), newtons: Number(m[3]), recordedAt };
}

export function readTensionLog(file: string): Promise<TensionSample[]> {
  return new Promise((resolve) => {
    const samples: TensionSample[] = [];
    let carry = '';
    const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });

    stream.on('data', (chunk) => {
      const lines = (carry + chunk).split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) {
        const sample = parseLine(line);
        if (sample) samples.push(sample);
      }
    });

    stream.on('end', () => {
      if (carry) {
        const sample = parseLine(carry);
        if (sample) samples.push(sample);
      }
      resolve(samples);
    });
  });
}

export function summarize(samples: TensionSample[]): Map<string, StringStats> {
  const out = new Map<string, StringStats>();
  for (const s of samples) {
    const prev = out.get(s.stringId);
    if (!prev) {
      out.set(s.stringId, { min: s.newtons, max: s.newtons, mean: s.newtons, count: 1 });
      continue;
    }
    const count = prev.count + 1;
    out.set(s.stringId, {
      min: Math.min(prev.min, s.newtons),
      max: Math.max(prev.max, s.newtons),
      mean: prev.mean + (s.newtons - prev.mean) / count,
      count,
    });
  }
  return out;
}

export async function latestLogIn(dir: string): Promise<string | null> {
  const entries = await readdir(dir);
  let best: { file: string; mtime: number } | null = null;
  for (const name of entries) {
    if (!name.endsWith('.tension.log')) continue;
    const full = path.join(dir, name);
    const info = await stat(full);
    if (!best || info.mtimeMs > best.mtime) best = { file: full, mtime: info.mtimeMs };
  }
  return best?.file ?? null;
}

export async function outOfSpecStrings(dir: string, toleranceN: number): Promise<string[]> {
  const file = await latestLogIn(dir);
  if (!file) return [];
  const stats = summarize(await readTensionLog(file));
  const flagged: string[] = [];
  for (const [stringId, st] of stats) {
    if (st.max - st.min > toleranceN) flagged.push(stringId);
  }
  return flagged.sort();
}
