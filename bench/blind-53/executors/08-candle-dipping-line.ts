// expect: no-multiple-settle
// The worker 'exit' handler only rejects on a non-zero code; a worker that exits cleanly without posting 'done' leaves the dip promise unsettled.
import { Worker } from 'node:worker_threads';

export interface DipRecipe {
  rackId: string;
  wickCount: number;
  targetDiameterMm: number;
  waxTempC: number;
  coolSeconds: number;
}

export interface DipResult {
  rackId: string;
  dips: number;
  finalDiameterMm: number;
  waxUsedKg: number;
}

type WorkerMessage =
  | { kind: 'progress'; dips: number; diameterMm: number }
  | { kind: 'done'; result: DipResult }
  | { kind: 'failed'; reason: string };

declare const lineDashboard: {
  update(rackId: string, dips: number, diameterMm: number): void;
};

declare const vatMonitor: {
  level(vat: number): Promise<number>;
  temperature(vat: number): Promise<number>;
};

const WORKER_SCRIPT = new URL('./dip-controller.worker.js', `file://${__dirname}/`);

export function runDipCycle(recipe: DipRecipe): Promise<DipResult> {
  return new Promise<DipResult>((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: recipe });
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    };

    worker.on('message', (msg: WorkerMessage) => {
      if (settled) return;
      switch (msg.kind) {
        case 'progress':
          lineDashboard.update(recipe.rackId, msg.dips, msg.diameterMm);
          break;
        case 'done':
          settled = true;
          resolve(msg.result);
          break;
        case 'failed':
          fail(new Error(`rack ${recipe.rackId}: ${msg.reason}`));
          break;
      }
    });

    worker.on('error', (err) => {
      fail(new Error(`dip controller crashed on rack ${recipe.rackId}`, { cause: err }));
    });

    worker.on('exit', (code) => {
      if (code !== 0) {
        fail(new Error(`dip controller for rack ${recipe.rackId} exited with code ${code}`));
      }
    });
  });
}

export function estimateDips(recipe: DipRecipe): number {
  // each dip at ~70C adds roughly 0.8mm; hotter wax builds up more slowly
  const perDip = 0.8 * (70 / recipe.waxTempC);
  return Math.ceil(recipe.targetDiameterMm / perDip);
}

export async function dipRack(rackId: string, vat: number, wickCount: number, targetDiameterMm: number) {
  const [level, temp] = await Promise.all([vatMonitor.level(vat), vatMonitor.temperature(vat)]);
  if (level < 0.15) {
    throw new Error(`vat ${vat} is below 15%, refill before dipping rack ${rackId}`);
  }
  if (temp < 62 || temp > 82) {
    throw new Error(`vat ${vat} wax at ${temp}C is outside the dipping window`);
  }
  const recipe: DipRecipe = { rackId, wickCount, targetDiameterMm, waxTempC: temp, coolSeconds: 45 };
  const expected = estimateDips(recipe);
  const result = await runDipCycle(recipe);
  if (Math.abs(result.dips - expected) > expected * 0.25) {
    lineDashboard.update(rackId, result.dips, result.finalDiameterMm);
  }
  return result;
}
