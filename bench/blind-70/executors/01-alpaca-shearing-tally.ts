// expect: no-multiple-settle
// bug: the worker executor listens for 'message' and 'error' but not 'exit', so a worker that exits without posting never settles the promise.
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';

export interface FleeceRecord {
  alpacaId: string;
  barn: string;
  grossGrams: number;
  skirtedGrams: number;
  micron: number;
}

export interface BarnTally {
  barn: string;
  animals: number;
  totalSkirtedGrams: number;
  meanMicron: number;
  grade: 'royal' | 'baby' | 'superfine' | 'fine' | 'medium' | 'strong';
}

declare const shearingLog: {
  recordsForDay(day: string): Promise<FleeceRecord[]>;
  saveTallies(day: string, tallies: BarnTally[]): Promise<void>;
};

const TALLY_WORKER = new URL('./tally-worker.js', 'file:///opt/shearing/bin/');

function groupByBarn(records: FleeceRecord[]): Map<string, FleeceRecord[]> {
  const byBarn = new Map<string, FleeceRecord[]>();
  for (const record of records) {
    const bucket = byBarn.get(record.barn);
    if (bucket) {
      bucket.push(record);
    } else {
      byBarn.set(record.barn, [record]);
    }
  }
  return byBarn;
}

function runTallyWorker(barn: string, records: FleeceRecord[]): Promise<BarnTally> {
  return new Promise<BarnTally>((resolve, reject) => {
    const worker = new Worker(TALLY_WORKER, {
      workerData: { barn, records },
      resourceLimits: { maxOldGenerationSizeMb: 128 },
    });
    worker.once('message', (tally: BarnTally) => {
      resolve(tally);
    });
    worker.once('error', (err) => {
      reject(new Error(`tally worker for barn ${barn} crashed`, { cause: err }));
    });
  });
}

async function runWithConcurrency<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  }
  const lanes = Array.from({ length: Math.min(limit, items.length) }, () => lane());
  await Promise.all(lanes);
  return results;
}

export async function tallyShearingDay(day: string): Promise<BarnTally[]> {
  const records = await shearingLog.recordsForDay(day);
  const usable = records.filter((r) => r.skirtedGrams > 0 && r.skirtedGrams <= r.grossGrams);
  if (usable.length === 0) {
    return [];
  }

  const barns = [...groupByBarn(usable)];
  const parallelism = Math.max(1, Math.min(4, cpus().length - 1));
  const tallies = await runWithConcurrency(barns, parallelism, ([barn, rows]) =>
    runTallyWorker(barn, rows),
  );

  tallies.sort((a, b) => b.totalSkirtedGrams - a.totalSkirtedGrams);
  await shearingLog.saveTallies(day, tallies);
  return tallies;
}
