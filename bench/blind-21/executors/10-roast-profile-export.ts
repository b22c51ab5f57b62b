// expect: no-multiple-settle
// Bug: the 'close' handler only settles for a numeric exit code; when the timeout kills the exporter with SIGTERM, code is null and the promise never settles.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RoastCurvePoint {
  secondsIn: number;
  beanTempC: number;
  airTempC: number;
  rorCPerMin: number;
}

export interface RoastBatch {
  batchId: string;
  origin: string;
  greenWeightKg: number;
  curve: RoastCurvePoint[];
}

const EXPORTER = process.env.ROASTER_EXPORT_BIN ?? '/usr/local/bin/roastlog-export';

function runExporter(batchId: string, outFile: string, timeoutMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(EXPORTER, ['--batch', batchId, '--format', 'json', '--out', outFile]);
    let stderr = '';

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
    }, timeoutMs);

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });

    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve(outFile);
      } else if (code !== null) {
        reject(new Error(`roastlog-export exited ${code} for batch ${batchId}: ${stderr.trim()}`));
      }
    });
  });
}

export async function exportBatch(batchId: string, timeoutMs = 30_000): Promise<RoastBatch> {
  const dir = await mkdtemp(join(tmpdir(), 'roast-'));
  const outFile = await runExporter(batchId, join(dir, `${batchId}.json`), timeoutMs);
  const raw = JSON.parse(await readFile(outFile, 'utf8')) as {
    batch: string;
    origin: string;
    green_kg: number;
    samples: Array<[number, number, number]>;
  };

  const curve: RoastCurvePoint[] = [];
  for (let i = 0; i < raw.samples.length; i++) {
    const [t, bt, at] = raw.samples[i]!;
    const prev = raw.samples[i - 1];
    const ror = prev ? ((bt - prev[1]) / Math.max(t - prev[0], 1)) * 60 : 0;
    curve.push({ secondsIn: t, beanTempC: bt, airTempC: at, rorCPerMin: Math.round(ror * 10) / 10 });
  }

  return { batchId: raw.batch, origin: raw.origin, greenWeightKg: raw.green_kg, curve };
}
