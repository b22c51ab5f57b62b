// expect: none
// withRetry() takes a factory and calls it on every attempt, and refreshPalette is handed as a function to a scheduler whose parameter expects a task.
import { setTimeout as delay } from 'node:timers/promises';

export interface VatReading {
  vatId: string;
  sizeViscosity: number;
  surfaceTempC: number;
  skinFormed: boolean;
}

export interface Pigment {
  name: string;
  dropsPerMinute: number;
  spreadCm: number;
}

interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

declare const vatSensors: {
  read(vatId: string): Promise<VatReading>;
  skim(vatId: string): Promise<void>;
};

declare const paletteService: {
  current(studio: string): Promise<Pigment[]>;
};

declare const scheduler: {
  every(intervalMs: number, task: () => Promise<void>): { cancel(): void };
};

class TransientSensorError extends Error {}

function isTransient(err: unknown): boolean {
  return err instanceof TransientSensorError || (err instanceof Error && /ETIMEDOUT|ECONNRESET/.test(err.message));
}

async function withRetry<T>(label: string, attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < policy.attempts; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (!isTransient(err)) throw err;
      await delay(policy.baseDelayMs * 2 ** i);
    }
  }
  throw new Error(`${label}: gave up after ${policy.attempts} attempts`, { cause: lastError });
}

const SENSOR_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 200 };

export class MarblingVatMonitor {
  private palette: Pigment[] = [];
  private readonly job: { cancel(): void };

  constructor(
    private readonly studio: string,
    private readonly vatIds: string[],
  ) {
    this.job = scheduler.every(10 * 60_000, this.refreshPalette);
  }

  refreshPalette = async (): Promise<void> => {
    this.palette = await withRetry('palette', () => paletteService.current(this.studio), SENSOR_POLICY);
  };

  async readyVats(): Promise<string[]> {
    const ready: string[] = [];
    for (const vatId of this.vatIds) {
      const reading = await withRetry(`vat ${vatId}`, () => vatSensors.read(vatId), SENSOR_POLICY);
      if (reading.skinFormed) {
        await withRetry(`skim ${vatId}`, () => vatSensors.skim(vatId), SENSOR_POLICY);
      }
      if (reading.sizeViscosity >= 18 && reading.sizeViscosity <= 26 && reading.surfaceTempC >= 16) {
        ready.push(vatId);
      }
    }
    return ready;
  }

  dropOrder(): Pigment[] {
    // Lay down the widest-spreading colours first; later drops push them into veins.
    return [...this.palette].sort((a, b) => b.spreadCm - a.spreadCm);
  }

  stop(): void {
    this.job.cancel();
  }
}
