// expect: no-multiple-settle
// The polling interval is cleared only on the timeout and sensor-failure branches, so once the chamber is cold enough it keeps resolving on every tick and eventually rejects when the deadline passes.
export interface ChamberReading {
  chamberId: string;
  celsius: number;
  humidity: number;
  takenAt: number;
}

export interface FreezerSensor {
  read(chamberId: string): ChamberReading | undefined;
}

export interface BlockSpec {
  blockId: string;
  chamberId: string;
  targetCelsius: number;
  maxHumidity: number;
  maxWaitMs: number;
}

export class FreezeTimeoutError extends Error {
  constructor(readonly blockId: string, readonly lastCelsius: number | undefined) {
    super(`block ${blockId} did not cure in time (last reading ${lastCelsius ?? 'n/a'}°C)`);
    this.name = 'FreezeTimeoutError';
  }
}

export class IceBlockCurer {
  private readonly pollMs: number;

  constructor(
    private readonly sensor: FreezerSensor,
    options: { pollMs?: number } = {},
  ) {
    this.pollMs = options.pollMs ?? 5_000;
  }

  waitForCure(spec: BlockSpec): Promise<ChamberReading> {
    const startedAt = Date.now();
    return new Promise<ChamberReading>((resolve, reject) => {
      let lastCelsius: number | undefined;
      const timer = setInterval(() => {
        let reading: ChamberReading | undefined;
        try {
          reading = this.sensor.read(spec.chamberId);
        } catch (err) {
          clearInterval(timer);
          reject(err);
          return;
        }
        if (reading) {
          lastCelsius = reading.celsius;
          if (reading.celsius <= spec.targetCelsius && reading.humidity <= spec.maxHumidity) {
            resolve(reading);
            return;
          }
        }
        if (Date.now() - startedAt > spec.maxWaitMs) {
          clearInterval(timer);
          reject(new FreezeTimeoutError(spec.blockId, lastCelsius));
        }
      }, this.pollMs);
    });
  }

  async cureWall(specs: BlockSpec[]): Promise<Array<{ blockId: string; minutes: number }>> {
    const started = Date.now();
    const cured = await Promise.all(
      specs.map(async (spec) => {
        const reading = await this.waitForCure(spec);
        return { blockId: spec.blockId, minutes: Math.round((reading.takenAt - started) / 60_000) };
      }),
    );
    return cured.sort((a, b) => a.minutes - b.minutes);
  }
}

export function chamberPlan(wallId: string, count: number, chamberId: string): BlockSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    blockId: `${wallId}-${String(i + 1).padStart(3, '0')}`,
    chamberId,
    targetCelsius: -12,
    maxHumidity: 0.35,
    maxWaitMs: 36 * 60 * 60 * 1000,
  }));
}
