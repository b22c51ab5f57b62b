// expect: none
// Both executors wrap callbacks that fire once: pipeline's completion callback, and a write stream watched for both 'finish' and 'error'.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline, Transform, type TransformCallback } from 'node:stream';

export interface SheetSample {
  fold: number;
  thicknessMm: number;
  butterTempC: number;
}

declare const lineConfig: {
  targetThicknessMm: number;
  maxButterTempC: number;
  reportDir: string;
};

class SampleFilter extends Transform {
  private buffered = '';
  rejected = 0;

  constructor() {
    super({ readableObjectMode: false });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.buffered += chunk.toString('utf8');
    const lines = this.buffered.split('\n');
    this.buffered = lines.pop() ?? '';
    for (const line of lines) this.forward(line);
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.buffered) this.forward(this.buffered);
    done();
  }

  private forward(line: string): void {
    const [fold, thickness, temp] = line.split(',').map(Number);
    if ([fold, thickness, temp].some((n) => Number.isNaN(n))) return;
    if (temp > lineConfig.maxButterTempC) {
      this.rejected += 1;
      return;
    }
    this.push(`${fold},${thickness.toFixed(2)},${temp.toFixed(1)}\n`);
  }
}

export function filterProfile(sourcePath: string, destPath: string): Promise<number> {
  const filter = new SampleFilter();
  return new Promise((resolve, reject) => {
    pipeline(createReadStream(sourcePath), filter, createWriteStream(destPath), (err) => {
      if (err) {
        reject(err);
      } else {
        resolve(filter.rejected);
      }
    });
  });
}

export function writeDeviationReport(path: string, samples: readonly SheetSample[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    let written = 0;
    out.once('error', reject);
    out.once('finish', () => resolve(written));
    for (const s of samples) {
      const deviation = s.thicknessMm - lineConfig.targetThicknessMm;
      if (Math.abs(deviation) < 0.05) continue;
      out.write(`fold ${s.fold}: ${deviation > 0 ? '+' : ''}${deviation.toFixed(2)}mm\n`);
      written += 1;
    }
    out.end();
  });
}

export async function processBatch(batchId: string, samples: readonly SheetSample[]): Promise<string> {
  const raw = `${lineConfig.reportDir}/${batchId}.raw.csv`;
  const clean = `${lineConfig.reportDir}/${batchId}.clean.csv`;
  const rejected = await filterProfile(raw, clean);
  const deviations = await writeDeviationReport(`${lineConfig.reportDir}/${batchId}.deviations.txt`, samples);
  return `batch ${batchId}: ${rejected} warm samples dropped, ${deviations} folds out of tolerance`;
}
