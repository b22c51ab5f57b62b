// expect: no-multiple-settle
// The 'exit' handler only rejects on a non-zero code, so a decoder worker that exits cleanly without posting a result (e.g. it returns early on an empty mat dump) leaves the promise pending forever and the finish-line batch never completes.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export interface RawMatRead {
  matId: string;
  antenna: number;
  hex: string;
  receivedAt: number;
}

export interface ChipCrossing {
  bib: number;
  matId: string;
  gunTimeMs: number;
}

interface DecodeResult {
  crossings: ChipCrossing[];
  rejected: number;
}

const WORKER_URL = new URL('./chip-decoder.worker.js', import.meta.url);

export function decodeInWorker(reads: RawMatRead[], gunStart: number): Promise<DecodeResult> {
  return new Promise<DecodeResult>((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: { reads, gunStart } });

    worker.once('message', (result: DecodeResult) => {
      resolve(result);
    });
    worker.once('error', (err) => {
      reject(err);
    });
    worker.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`chip decoder exited with code ${code}`));
      }
    });
  });
}

function chunk<T>(items: T[], parts: number): T[][] {
  const size = Math.max(1, Math.ceil(items.length / parts));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function decodeMatDump(reads: RawMatRead[], gunStart: number): Promise<ChipCrossing[]> {
  const parts = chunk(reads, Math.min(4, availableParallelism()));
  const results = await Promise.all(parts.map((part) => decodeInWorker(part, gunStart)));

  const best = new Map<string, ChipCrossing>();
  let rejected = 0;
  for (const result of results) {
    rejected += result.rejected;
    for (const crossing of result.crossings) {
      const key = `${crossing.bib}:${crossing.matId}`;
      const prev = best.get(key);
      if (!prev || crossing.gunTimeMs < prev.gunTimeMs) best.set(key, crossing);
    }
  }
  if (rejected > 0) {
    console.warn(`[timing] ${rejected} unreadable chip frames discarded`);
  }
  return [...best.values()].sort((a, b) => a.gunTimeMs - b.gunTimeMs);
}
