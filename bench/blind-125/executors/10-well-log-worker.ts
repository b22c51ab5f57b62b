// expect: no-multiple-settle
// The 'exit' handler only rejects on a non-zero code, so a worker that exits cleanly without posting 'done' leaves the promise pending forever.
import { Worker } from 'node:worker_threads';

export interface LasCurve {
  mnemonic: string;
  unit: string;
  values: Float64Array;
}

export interface ParsedWellLog {
  wellName: string;
  depthUnit: 'M' | 'FT';
  curves: LasCurve[];
}

type WorkerMessage =
  | { type: 'progress'; linesRead: number }
  | { type: 'done'; log: ParsedWellLog }
  | { type: 'error'; message: string };

const PARSER_SCRIPT = new URL('./las-parser-worker.js', import.meta.url);

export function parseLasFile(path: string, onProgress?: (lines: number) => void): Promise<ParsedWellLog> {
  return new Promise<ParsedWellLog>((resolve, reject) => {
    const worker = new Worker(PARSER_SCRIPT, { workerData: { path } });

    worker.on('message', (msg: WorkerMessage) => {
      switch (msg.type) {
        case 'progress':
          onProgress?.(msg.linesRead);
          break;
        case 'done':
          resolve(msg.log);
          break;
        case 'error':
          reject(new Error(`LAS parse failed for ${path}: ${msg.message}`));
          break;
      }
    });

    worker.on('error', (err) => {
      reject(err);
    });

    worker.on('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`LAS parser for ${path} exited with code ${code}`));
      }
    });
  });
}

export function bottomHoleTemperature(log: ParsedWellLog): number | undefined {
  const temp = log.curves.find((c) => c.mnemonic === 'TEMP' || c.mnemonic === 'BHT');
  if (!temp || temp.values.length === 0) return undefined;
  let max = -Infinity;
  for (const v of temp.values) {
    if (v !== -999.25 && v > max) max = v;
  }
  if (max === -Infinity) return undefined;
  return temp.unit.toUpperCase() === 'DEGF' ? ((max - 32) * 5) / 9 : max;
}

export async function surveyWells(paths: string[]): Promise<Map<string, number | undefined>> {
  const out = new Map<string, number | undefined>();
  for (const path of paths) {
    const log = await parseLasFile(path);
    out.set(log.wellName, bottomHoleTemperature(log));
  }
  return out;
}
