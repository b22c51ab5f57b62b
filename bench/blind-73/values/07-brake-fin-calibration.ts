// expect: none
// All comparisons and truthiness tests are on awaited values (await this.locks.isHeld(...), destructured Promise.all results); the ?? fallback is awaited too.
export type Side = 'left' | 'right';

export interface FinPair {
  id: string;
  station: number;
  nominalGapMm: number;
}

export interface Calibration {
  pairId: string;
  leftMm: number;
  rightMm: number;
  shimMm: number;
  status: 'ok' | 'shimmed' | 'locked-out';
}

interface GapGauge {
  gap(pairId: string, side: Side): Promise<number>;
}

declare const gauge: GapGauge;

declare const locks: {
  isHeld(trainId: string): Promise<boolean>;
};

declare const shimStore: {
  lastShim(pairId: string): Promise<number | null>;
  saveShim(pairId: string, mm: number): Promise<void>;
};

const SYMMETRY_TOLERANCE_MM = 0.3;

export class FinCalibrator {
  private readonly cache = new Map<string, Calibration>();

  constructor(private readonly maxShimMm = 2) {}

  async calibrate(pair: FinPair, trainId: string): Promise<Calibration> {
    if (!(await locks.isHeld(trainId))) {
      return { pairId: pair.id, leftMm: 0, rightMm: 0, shimMm: 0, status: 'locked-out' };
    }

    const [leftMm, rightMm] = await Promise.all([gauge.gap(pair.id, 'left'), gauge.gap(pair.id, 'right')]);
    const previousShim = (await shimStore.lastShim(pair.id)) ?? 0;

    let shimMm = previousShim;
    let status: Calibration['status'] = 'ok';
    if (Math.abs(leftMm - rightMm) > SYMMETRY_TOLERANCE_MM) {
      shimMm = Math.min(this.maxShimMm, previousShim + Math.abs(leftMm - rightMm) / 2);
      status = 'shimmed';
    }
    if (shimMm !== previousShim) {
      await shimStore.saveShim(pair.id, shimMm);
    }

    const result: Calibration = { pairId: pair.id, leftMm, rightMm, shimMm, status };
    this.cache.set(pair.id, result);
    return result;
  }

  async calibrationFor(pair: FinPair, trainId: string): Promise<Calibration> {
    return this.cache.get(pair.id) ?? (await this.calibrate(pair, trainId));
  }

  async station(pairs: FinPair[], trainId: string): Promise<Calibration[]> {
    const out: Calibration[] = [];
    for (const pair of pairs.sort((a, b) => a.station - b.station)) {
      const cal = await this.calibrationFor(pair, trainId);
      if (cal.status === 'locked-out') break;
      out.push(cal);
    }
    return out;
  }

  invalidate(pairId?: string): void {
    if (pairId === undefined) this.cache.clear();
    else this.cache.delete(pairId);
  }
}
