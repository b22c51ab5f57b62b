// expect: no-read-before-settle
// beginCycle() refreshes this.ambientRh in a .then callback and then reads it synchronously to size the cycle, so it always uses the previous (or default) humidity.
export interface ConeBatch {
  batchId: string;
  blend: 'sandalwood' | 'agarwood' | 'frankincense' | 'cedar';
  cones: number;
  coneHeightMm: number;
}

export interface DryingCycle {
  batchId: string;
  hours: number;
  fanPct: number;
  heaterC: number;
  startedAt: number;
}

declare const hygrometer: {
  read(): Promise<{ rh: number; tempC: number }>;
};

declare const cabinet: {
  start(cycle: DryingCycle): Promise<void>;
  running(): Promise<DryingCycle | undefined>;
};

declare const floorLog: {
  warn(msg: string, extra?: Record<string, unknown>): void;
};

const BASE_HOURS: Record<ConeBatch['blend'], number> = {
  sandalwood: 36,
  agarwood: 48,
  frankincense: 30,
  cedar: 32,
};

function dryingHours(batch: ConeBatch, ambientRh: number): number {
  // Taller cones dry from the outside in; humid air slows everything down.
  const heightFactor = batch.coneHeightMm > 30 ? 1.25 : 1;
  const humidityFactor = ambientRh > 70 ? 1.4 : ambientRh > 55 ? 1.15 : 1;
  return Math.round(BASE_HOURS[batch.blend] * heightFactor * humidityFactor);
}

export class IncenseDryingCabinet {
  private ambientRh = 55;
  private ambientTempC = 20;

  async beginCycle(batch: ConeBatch): Promise<DryingCycle> {
    const current = await cabinet.running();
    if (current) {
      throw new Error(`cabinet is still drying ${current.batchId}`);
    }

    hygrometer.read().then(
      (reading) => {
        this.ambientRh = reading.rh;
        this.ambientTempC = reading.tempC;
      },
      (err: unknown) => {
        floorLog.warn('hygrometer read failed; keeping last ambient values', { err: String(err) });
      },
    );

    const hours = dryingHours(batch, this.ambientRh);
    const cycle: DryingCycle = {
      batchId: batch.batchId,
      hours,
      fanPct: this.ambientRh > 65 ? 80 : 50,
      heaterC: Math.max(this.ambientTempC, 28),
      startedAt: Date.now(),
    };
    await cabinet.start(cycle);
    return cycle;
  }

  estimateFinish(cycle: DryingCycle): Date {
    return new Date(cycle.startedAt + cycle.hours * 3_600_000);
  }
}
