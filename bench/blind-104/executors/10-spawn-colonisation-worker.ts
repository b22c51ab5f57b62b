// expect: no-multiple-settle
// The worker promise handles 'message' and 'error' but never 'exit', so when the growth model calls process.exit or shutdown() terminates it before it posts a result the forecast never settles and the batch hangs.
import { Worker } from 'node:worker_threads';

export interface SpawnBag {
  bagId: string;
  substrate: 'rye' | 'millet' | 'oat';
  inoculatedAt: number;
  tempC: number;
  humidityPct: number;
}

export interface ColonisationForecast {
  bagId: string;
  daysToFull: number;
  contaminationRisk: number;
}

function isForecastList(value: unknown): value is ColonisationForecast[] {
  return (
    Array.isArray(value) &&
    value.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as ColonisationForecast).bagId === 'string' &&
        typeof (f as ColonisationForecast).daysToFull === 'number',
    )
  );
}

export class SpawnForecaster {
  private readonly active = new Set<Worker>();

  constructor(
    private readonly modelScript: URL,
    private readonly maxOldGenMb = 256,
  ) {}

  forecast(bags: SpawnBag[]): Promise<ColonisationForecast[]> {
    if (bags.length === 0) return Promise.resolve([]);

    return new Promise<ColonisationForecast[]>((resolve, reject) => {
      const worker = new Worker(this.modelScript, {
        workerData: { bags },
        resourceLimits: { maxOldGenerationSizeMb: this.maxOldGenMb },
      });
      this.active.add(worker);

      worker.once('message', (msg: unknown) => {
        this.active.delete(worker);
        if (!isForecastList(msg)) {
          reject(new Error('growth model posted malformed forecast'));
          return;
        }
        resolve(msg);
      });

      worker.once('error', (err: Error) => {
        this.active.delete(worker);
        reject(err);
      });
    });
  }

  async shutdown(): Promise<void> {
    const workers = [...this.active];
    this.active.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export async function flagSlowBags(forecaster: SpawnForecaster, bags: SpawnBag[], maxDays: number) {
  const forecasts = await forecaster.forecast(bags);
  return forecasts
    .filter((f) => f.daysToFull > maxDays || f.contaminationRisk > 0.2)
    .map((f) => f.bagId);
}
