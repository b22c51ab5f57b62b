// expect: no-swallowed-abort
// readTank's catch-all turns an AbortError from the cancelled fetch into the last cached reading, so callers never see the cancellation.
export interface TankReading {
  tankId: string;
  dissolvedOxygenMgL: number;
  temperatureC: number;
  salinityPpt: number;
  sampledAt: number;
}

export interface Logger {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
}

const LOW_OXYGEN_MG_L = 5.5;

export class LarvalTankMonitor {
  private readonly lastReadings = new Map<string, TankReading>();

  constructor(
    private readonly gatewayUrl: string,
    private readonly log: Logger,
  ) {}

  async readTank(tankId: string, signal: AbortSignal): Promise<TankReading | null> {
    try {
      const res = await fetch(`${this.gatewayUrl}/tanks/${encodeURIComponent(tankId)}/latest`, { signal });
      if (!res.ok) {
        throw new Error(`sensor gateway ${res.status}`);
      }
      const raw = (await res.json()) as { do: number; temp: number; sal: number; t: number };
      const reading: TankReading = {
        tankId,
        dissolvedOxygenMgL: raw.do,
        temperatureC: raw.temp,
        salinityPpt: raw.sal,
        sampledAt: raw.t,
      };
      this.lastReadings.set(tankId, reading);
      return reading;
    } catch (err) {
      this.log.warn('tank read failed, using cached value', {
        tankId,
        error: err instanceof Error ? err.message : String(err),
      });
      return this.lastReadings.get(tankId) ?? null;
    }
  }

  async sweep(tankIds: string[], signal: AbortSignal): Promise<string[]> {
    const alarms: string[] = [];
    for (const tankId of tankIds) {
      signal.throwIfAborted();
      const reading = await this.readTank(tankId, signal);
      if (!reading) {
        alarms.push(`${tankId}: no data`);
        continue;
      }
      if (reading.dissolvedOxygenMgL < LOW_OXYGEN_MG_L) {
        alarms.push(`${tankId}: DO ${reading.dissolvedOxygenMgL.toFixed(1)} mg/L`);
      }
      if (reading.temperatureC > 26) {
        alarms.push(`${tankId}: water ${reading.temperatureC.toFixed(1)} °C`);
      }
    }
    this.log.info('sweep complete', { tanks: tankIds.length, alarms: alarms.length });
    return alarms;
  }
}
