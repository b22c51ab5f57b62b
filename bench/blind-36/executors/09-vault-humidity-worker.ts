// expect: none
// Each deferred is removed from the pending map before it is settled, and 'error' and 'exit' reject whatever is still pending, so no request settles twice or hangs.
import { Worker } from 'node:worker_threads';

export interface VaultClimate {
  vaultId: string;
  tempC: number;
  relativeHumidity: number;
  objectMaterials: Array<'paper' | 'textile' | 'wood' | 'metal' | 'pigment'>;
}

export interface HumidityForecast {
  vaultId: string;
  horizonHours: number;
  predictedRh: number[];
  exceedsTolerance: boolean;
}

type WorkerReply =
  | { id: number; ok: true; forecast: HumidityForecast }
  | { id: number; ok: false; message: string };

export class HumidityModel {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PromiseWithResolvers<HumidityForecast>>();

  constructor(private readonly scriptPath: string) {}

  start(): void {
    if (this.worker) return;
    const worker = new Worker(this.scriptPath);

    worker.on('message', (reply: WorkerReply) => {
      const deferred = this.pending.get(reply.id);
      if (!deferred) return;
      this.pending.delete(reply.id);
      if (reply.ok) deferred.resolve(reply.forecast);
      else deferred.reject(new Error(reply.message));
    });

    worker.on('error', (err) => {
      this.failAll(err);
    });

    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new Error(`humidity model worker exited with code ${code}`));
    });

    this.worker = worker;
  }

  forecast(climate: VaultClimate, horizonHours = 48): Promise<HumidityForecast> {
    if (!this.worker) {
      return Promise.reject(new Error('humidity model is not running'));
    }
    const id = this.nextId++;
    const deferred = Promise.withResolvers<HumidityForecast>();
    this.pending.set(id, deferred);
    try {
      this.worker.postMessage({ id, climate, horizonHours });
    } catch (err) {
      this.pending.delete(id);
      deferred.reject(err);
    }
    return deferred.promise;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    await worker.terminate();
  }

  private failAll(err: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const deferred of waiting) deferred.reject(err);
  }
}

const TOLERANCE_RH: Record<VaultClimate['objectMaterials'][number], [number, number]> = {
  paper: [40, 55],
  textile: [45, 55],
  wood: [45, 60],
  metal: [0, 40],
  pigment: [40, 50],
};

export function toleranceFor(climate: VaultClimate): [number, number] {
  let low = 0;
  let high = 100;
  for (const material of climate.objectMaterials) {
    const [min, max] = TOLERANCE_RH[material];
    low = Math.max(low, min);
    high = Math.min(high, max);
  }
  return [low, high];
}

export async function reviewVaults(model: HumidityModel, vaults: VaultClimate[]): Promise<string[]> {
  const atRisk: string[] = [];
  for (const vault of vaults) {
    const forecast = await model.forecast(vault);
    const [low, high] = toleranceFor(vault);
    if (forecast.exceedsTolerance || forecast.predictedRh.some((rh) => rh < low || rh > high)) {
      atRisk.push(vault.vaultId);
    }
  }
  return atRisk;
}
