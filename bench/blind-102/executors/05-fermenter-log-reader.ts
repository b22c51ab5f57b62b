// expect: none
// Repeating 'data' events only buffer text; the promise settles once through a guarded settle() on 'end', 'error' or a premature 'close', so it can neither settle twice nor hang on a destroyed stream.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

export interface FermentSample {
  vessel: string;
  hour: number;
  ph: number;
  brix: number;
}

function parseLine(line: string): FermentSample | undefined {
  const [vessel, hour, ph, brix] = line.split(',');
  if (!vessel || vessel === 'vessel') return undefined;
  const sample = { vessel, hour: Number(hour), ph: Number(ph), brix: Number(brix) };
  return Number.isFinite(sample.ph) && Number.isFinite(sample.brix) ? sample : undefined;
}

export function collectSamples(stream: Readable): Promise<FermentSample[]> {
  return new Promise<FermentSample[]>((resolve, reject) => {
    const samples: FermentSample[] = [];
    let carry = '';
    let settled = false;

    const settle = (err: Error | null) => {
      if (settled) return;
      settled = true;
      stream.off('data', onData);
      if (err) reject(err);
      else resolve(samples);
    };

    const onData = (chunk: Buffer | string) => {
      const lines = (carry + chunk.toString()).split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) {
        const sample = parseLine(line.trim());
        if (sample) samples.push(sample);
      }
    };

    stream.on('data', onData);
    stream.once('end', () => {
      const last = parseLine(carry.trim());
      if (last) samples.push(last);
      settle(null);
    });
    stream.once('error', (err: Error) => settle(err));
    stream.once('close', () => settle(new Error('fermenter log closed before end of data')));
  });
}

export async function latestByVessel(path: string): Promise<Map<string, FermentSample>> {
  const samples = await collectSamples(createReadStream(path, { encoding: 'utf8' }));
  const latest = new Map<string, FermentSample>();
  for (const s of samples) {
    const prev = latest.get(s.vessel);
    if (!prev || s.hour > prev.hour) latest.set(s.vessel, s);
  }
  return latest;
}

export function readyToBottle(sample: FermentSample): boolean {
  return sample.ph <= 3.2 && sample.brix <= 6;
}
