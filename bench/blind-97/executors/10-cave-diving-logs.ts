// expect: no-multiple-settle
// The pipeline callback treats ERR_STREAM_PREMATURE_CLOSE as "not an error" but then settles nothing for it, so when the dive computer's cable drops mid-download the import promise never settles and the sync job hangs forever.
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import { createWriteStream } from 'node:fs';

export interface DiveSample {
  t: number;
  depthM: number;
  tempC: number;
  ppO2: number;
}

export interface ImportSummary {
  diveId: string;
  samples: number;
  maxDepthM: number;
  minTempC: number;
}

class SampleDecoder extends Transform {
  samples = 0;
  maxDepthM = 0;
  minTempC = Infinity;
  private tail = '';

  constructor() {
    super({ readableObjectMode: false });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const lines = (this.tail + chunk.toString('latin1')).split('\n');
    this.tail = lines.pop() ?? '';
    for (const line of lines) {
      const [t, depth, temp, po2] = line.split(',').map(Number);
      if (Number.isNaN(t)) continue;
      const sample: DiveSample = { t, depthM: depth, tempC: temp, ppO2: po2 };
      this.samples += 1;
      this.maxDepthM = Math.max(this.maxDepthM, sample.depthM);
      this.minTempC = Math.min(this.minTempC, sample.tempC);
      this.push(JSON.stringify(sample) + '\n');
    }
    done();
  }
}

export function importDive(diveId: string, computer: Readable, outFile: string): Promise<ImportSummary> {
  const decoder = new SampleDecoder();
  return new Promise<ImportSummary>((resolve, reject) => {
    pipeline(computer, decoder, createWriteStream(outFile), (err) => {
      if (err && (err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        reject(new Error(`download of dive ${diveId} failed`, { cause: err }));
      } else if (!err) {
        resolve({
          diveId,
          samples: decoder.samples,
          maxDepthM: decoder.maxDepthM,
          minTempC: decoder.minTempC,
        });
      }
    });
  });
}

export async function importLogbook(
  dives: Array<{ diveId: string; open: () => Readable }>,
  outDir: string,
): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const dive of dives) {
    const summary = await importDive(dive.diveId, dive.open(), `${outDir}/${dive.diveId}.ndjson`);
    if (summary.maxDepthM > 40) {
      console.warn(`dive ${dive.diveId} exceeded recreational limit: ${summary.maxDepthM} m`);
    }
    summaries.push(summary);
  }
  return summaries;
}
