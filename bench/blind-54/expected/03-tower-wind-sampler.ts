// expect: none
// The bare method references go to APIs that take task factories (limit, withRetry, onTick), so a function really is what is expected there.
export interface WindSample {
  towerId: string;
  gustMs: number;
  sustainedMs: number;
  directionDeg: number;
  at: number;
}

export type LiftMode = "full-speed" | "reduced" | "stopped";

interface Anemometer {
  towerId: string;
  read(): Promise<Omit<WindSample, "towerId" | "at">>;
}

declare const liftControl: {
  setMode(mode: LiftMode, reason: string): Promise<void>;
  currentMode(): LiftMode;
};
declare const ticker: {
  onTick(intervalMs: number, task: () => Promise<void>, onError: (err: unknown) => void): () => void;
};
declare const log: { error(msg: string, meta?: object): void };

type Task<T> = () => Promise<T>;

function limit<T>(concurrency: number, tasks: Array<Task<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  return Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker)).then(() => results);
}

async function withRetry<T>(task: Task<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

export class WindSampler {
  private latest: WindSample[] = [];

  constructor(private readonly anemometers: Anemometer[]) {}

  private sampleTower(anemometer: Anemometer): Task<WindSample> {
    return async () => {
      const reading = await withRetry(() => anemometer.read());
      return { ...reading, towerId: anemometer.towerId, at: Date.now() };
    };
  }

  private sampleAll = async (): Promise<void> => {
    this.latest = await limit(3, this.anemometers.map((a) => this.sampleTower(a)));
    await this.applyPolicy();
  };

  private async applyPolicy(): Promise<void> {
    const worstGust = Math.max(...this.latest.map((s) => s.gustMs));
    const mode: LiftMode = worstGust >= 22 ? "stopped" : worstGust >= 15 ? "reduced" : "full-speed";
    if (mode !== liftControl.currentMode()) {
      await liftControl.setMode(mode, `worst gust ${worstGust.toFixed(1)} m/s`);
    }
  }

  start(intervalMs = 10_000): () => void {
    return ticker.onTick(intervalMs, this.sampleAll, (err) => log.error("wind sampling failed", { err }));
  }

  snapshot(): readonly WindSample[] {
    return this.latest;
  }
}
