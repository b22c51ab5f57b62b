// expect: none
// Correct: `bytes`, `peak` and the hash are filled in by 'data' handlers but only read after `await finished(stream)`, and the exec callback's result is read inside the callback.
import { createReadStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import path from 'node:path';

export interface TapToneRecord {
  instrument: string;
  plate: 'top' | 'back';
  stage: 'rough' | 'graduated' | 'final';
  file: string;
  sha256: string;
  bytes: number;
  peakSample: number;
  fundamentalHz: number | null;
}

function probeFundamental(file: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    execFile('aubiopitch', ['-i', file, '-u', 'hertz'], { timeout: 30_000 }, (err, stdout) => {
      if (err) {
        reject(err);
        return;
      }
      const freqs = stdout
        .split('\n')
        .map((l) => Number(l.trim().split(/\s+/)[1]))
        .filter((f) => f > 60 && f < 600);
      freqs.sort((a, b) => a - b);
      resolve(freqs.length ? freqs[Math.floor(freqs.length / 2)] : null);
    });
  });
}

export async function archiveRecording(
  instrument: string,
  plate: TapToneRecord['plate'],
  stage: TapToneRecord['stage'],
  file: string,
): Promise<TapToneRecord> {
  const hash = createHash('sha256');
  let bytes = 0;
  let peak = 0;

  const stream = createReadStream(file);
  stream.on('data', (chunk) => {
    const buf = chunk as Buffer;
    hash.update(buf);
    bytes += buf.length;
    for (let i = 0; i + 1 < buf.length; i += 2) {
      const sample = Math.abs(buf.readInt16LE(i));
      if (sample > peak) peak = sample;
    }
  });
  await finished(stream);

  const fundamentalHz = await probeFundamental(file);

  return {
    instrument,
    plate,
    stage,
    file: path.basename(file),
    sha256: hash.digest('hex'),
    bytes,
    peakSample: peak,
    fundamentalHz,
  };
}

export function describeProgress(records: TapToneRecord[]): string {
  const byPlate = new Map<string, TapToneRecord[]>();
  for (const r of records) {
    const key = `${r.instrument}/${r.plate}`;
    byPlate.set(key, [...(byPlate.get(key) ?? []), r]);
  }
  return [...byPlate.entries()]
    .map(([key, rs]) => `${key}: ${rs.map((r) => `${r.stage} ${r.fundamentalHz?.toFixed(0) ?? '?'} Hz`).join(' → ')}`)
    .join('\n');
}
