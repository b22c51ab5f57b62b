// expect: no-multiple-settle
// grindToViscosity handles 'done' and 'fault' but the 'lid-open' outcome only logs, and the grinder reports once, so that path never settles.
export type InkStick = 'pine-soot' | 'oil-soot' | 'vermilion';

export interface GrindRequest {
  stationId: string;
  stick: InkStick;
  waterMl: number;
  targetViscosityCp: number;
}

export type GrindOutcome =
  | { kind: 'done'; viscosityCp: number; strokes: number; seconds: number }
  | { kind: 'fault'; code: 'STONE_DRY' | 'MOTOR_STALL' | 'OVERHEAT' }
  | { kind: 'lid-open'; strokes: number };

// Vendor driver for the suzuri grinding stations: one completion callback per run.
declare const grinderDriver: {
  run(stationId: string, params: { stick: InkStick; waterMl: number; stopAtCp: number }, onOutcome: (o: GrindOutcome) => void): void;
};

declare const log: {
  warn(msg: string, meta?: object): void;
};

export class GrindFaultError extends Error {
  constructor(readonly stationId: string, readonly code: string) {
    super(`station ${stationId} fault ${code}`);
    this.name = 'GrindFaultError';
  }
}

export interface InkBatch {
  stationId: string;
  stick: InkStick;
  viscosityCp: number;
  strokes: number;
  seconds: number;
}

export function grindToViscosity(req: GrindRequest): Promise<InkBatch> {
  return new Promise<InkBatch>((resolve, reject) => {
    grinderDriver.run(
      req.stationId,
      { stick: req.stick, waterMl: req.waterMl, stopAtCp: req.targetViscosityCp },
      (outcome) => {
        switch (outcome.kind) {
          case 'done':
            resolve({
              stationId: req.stationId,
              stick: req.stick,
              viscosityCp: outcome.viscosityCp,
              strokes: outcome.strokes,
              seconds: outcome.seconds,
            });
            break;
          case 'fault':
            reject(new GrindFaultError(req.stationId, outcome.code));
            break;
          case 'lid-open':
            log.warn('grinder lid opened mid-run', {
              stationId: req.stationId,
              strokes: outcome.strokes,
            });
            break;
        }
      },
    );
  });
}

const STICK_WATER_RATIO: Record<InkStick, number> = {
  'pine-soot': 1.0,
  'oil-soot': 1.15,
  vermilion: 0.85,
};

export function planBatches(stick: InkStick, totalMl: number, stations: string[]): GrindRequest[] {
  const perStation = totalMl / stations.length;
  return stations.map((stationId) => ({
    stationId,
    stick,
    waterMl: Math.round(perStation * STICK_WATER_RATIO[stick]),
    targetViscosityCp: stick === 'vermilion' ? 38 : 42,
  }));
}

export async function prepareClassInk(stick: InkStick, totalMl: number, stations: string[]): Promise<InkBatch[]> {
  const batches = await Promise.all(planBatches(stick, totalMl, stations).map(grindToViscosity));
  const thin = batches.filter((b) => b.viscosityCp < 30);
  if (thin.length > 0) {
    log.warn('some stations produced thin ink', { stations: thin.map((b) => b.stationId) });
  }
  return batches;
}
