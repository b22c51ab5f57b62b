// expect: no-uncalled-async-function
// prepareFiringPlan puts refreshCalibration (the function itself) into Promise.all instead of calling it, so thermocouple calibration is never refreshed before planning.
export interface KilnCalibration {
  kilnId: string;
  offsetC: number;
  measuredAt: Date;
}

export interface BrickLot {
  lotId: string;
  clay: 'red' | 'buff' | 'engineering';
  count: number;
  moisturePct: number;
}

export interface CrewShift {
  layer: string;
  startsAt: Date;
  hours: number;
}

export interface FiringPlan {
  siteId: string;
  kilnId: string;
  lots: BrickLot[];
  peakC: number;
  soakHours: number;
  crew: CrewShift[];
}

declare const kilnApi: {
  readThermocouples(kilnId: string): Promise<number[]>;
  referenceTemperature(kilnId: string): Promise<number>;
};

declare const calibrationStore: {
  get(kilnId: string): KilnCalibration | undefined;
  set(cal: KilnCalibration): void;
};

declare function loadBrickLots(siteId: string): Promise<BrickLot[]>;
declare function loadCrewRota(siteId: string, day: Date): Promise<CrewShift[]>;

const PEAK_BY_CLAY: Record<BrickLot['clay'], number> = {
  red: 1050,
  buff: 1120,
  engineering: 1180,
};

const CALIBRATION_MAX_AGE_MS = 12 * 60 * 60 * 1000;

function needsDrying(lot: BrickLot): boolean {
  return lot.moisturePct > 3.5;
}

export async function prepareFiringPlan(siteId: string, kilnId: string, day: Date): Promise<FiringPlan> {
  const refreshCalibration = async (): Promise<void> => {
    const existing = calibrationStore.get(kilnId);
    if (existing && Date.now() - existing.measuredAt.getTime() < CALIBRATION_MAX_AGE_MS) {
      return;
    }
    const [readings, reference] = await Promise.all([
      kilnApi.readThermocouples(kilnId),
      kilnApi.referenceTemperature(kilnId),
    ]);
    const mean = readings.reduce((sum, r) => sum + r, 0) / Math.max(1, readings.length);
    calibrationStore.set({ kilnId, offsetC: reference - mean, measuredAt: new Date() });
  };

  const [, lots, crew] = await Promise.all([
    refreshCalibration,
    loadBrickLots(siteId),
    loadCrewRota(siteId, day),
  ]);

  const ready = lots.filter((lot) => !needsDrying(lot));
  if (ready.length === 0) {
    throw new Error(`no lots at ${siteId} are dry enough to fire`);
  }

  const offset = calibrationStore.get(kilnId)?.offsetC ?? 0;
  const peak = Math.max(...ready.map((lot) => PEAK_BY_CLAY[lot.clay])) - offset;
  const totalBricks = ready.reduce((sum, lot) => sum + lot.count, 0);

  return {
    siteId,
    kilnId,
    lots: ready,
    peakC: Math.round(peak),
    soakHours: totalBricks > 20_000 ? 10 : 8,
    crew: crew.filter((shift) => shift.hours >= 4),
  };
}
