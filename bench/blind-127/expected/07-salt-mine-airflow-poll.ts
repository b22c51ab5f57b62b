// expect: none
// The poller calls probe() again on every iteration, so each loop sees a fresh airflow reading rather than the first one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface AirflowReading {
  shaft: string;
  m3PerSecond: number;
  methanePpm: number;
}

interface Anemometer {
  read(shaft: string): Promise<AirflowReading>;
}

export class AirflowNotClearedError extends Error {
  constructor(
    readonly shaft: string,
    readonly last: AirflowReading | undefined,
  ) {
    super(`shaft ${shaft} not cleared for entry (last ${last ? `${last.m3PerSecond} m³/s, ${last.methanePpm} ppm` : 'no reading'})`);
    this.name = 'AirflowNotClearedError';
  }
}

export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  options: { intervalMs: number; timeoutMs: number },
): Promise<{ value: T | undefined; satisfied: boolean }> {
  const deadline = Date.now() + options.timeoutMs;
  let value: T | undefined;
  while (Date.now() < deadline) {
    value = await probe();
    if (done(value)) return { value, satisfied: true };
    await sleep(options.intervalMs);
  }
  return { value, satisfied: false };
}

export class ShaftEntryGate {
  constructor(
    private readonly anemometer: Anemometer,
    private readonly minFlow = 15,
    private readonly maxMethanePpm = 5_000,
  ) {}

  private safe(reading: AirflowReading): boolean {
    return reading.m3PerSecond >= this.minFlow && reading.methanePpm < this.maxMethanePpm;
  }

  async clearForEntry(shaft: string, timeoutMs = 10 * 60_000): Promise<AirflowReading> {
    const { value, satisfied } = await pollUntil(
      () => this.anemometer.read(shaft),
      (reading) => this.safe(reading),
      { intervalMs: 15_000, timeoutMs },
    );
    if (!satisfied || !value) throw new AirflowNotClearedError(shaft, value);
    return value;
  }

  async clearCrew(shafts: string[]): Promise<AirflowReading[]> {
    const cleared: AirflowReading[] = [];
    for (const shaft of shafts) {
      cleared.push(await this.clearForEntry(shaft));
    }
    return cleared;
  }
}
