// expect: none
// Each batch of dish probes is handed straight to Promise.all, and the early-exit check runs before any probe starts, so none is left behind.
export interface DishHealth {
  dishId: string;
  azimuthErrorArcsec: number;
  elevationErrorArcsec: number;
  lnaTempK: number;
  cryoOk: boolean;
}

declare const arrayControl: {
  dishIds(): Promise<string[]>;
  probe(dishId: string): Promise<DishHealth>;
  stow(dishIds: string[], reason: string): Promise<void>;
  inMaintenanceWindow(): Promise<boolean>;
};

declare const obsLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const POINTING_LIMIT_ARCSEC = 12;
const LNA_LIMIT_K = 25;

function needsStow(h: DishHealth): boolean {
  return (
    !h.cryoOk ||
    h.lnaTempK > LNA_LIMIT_K ||
    Math.hypot(h.azimuthErrorArcsec, h.elevationErrorArcsec) > POINTING_LIMIT_ARCSEC
  );
}

export async function probeInBatches(dishIds: string[], batchSize: number): Promise<DishHealth[]> {
  const results: DishHealth[] = [];
  for (let i = 0; i < dishIds.length; i += batchSize) {
    const batch = dishIds.slice(i, i + batchSize);
    const probes: Promise<DishHealth>[] = [];
    for (const id of batch) probes.push(arrayControl.probe(id));
    results.push(...(await Promise.all(probes)));
  }
  return results;
}

export async function nightlyHealthSweep(batchSize = 8): Promise<{ checked: number; stowed: string[] }> {
  if (await arrayControl.inMaintenanceWindow()) {
    obsLog.info('skipping health sweep during maintenance');
    return { checked: 0, stowed: [] };
  }

  const ids = await arrayControl.dishIds();
  if (ids.length === 0) {
    obsLog.warn('array control returned no dishes');
    return { checked: 0, stowed: [] };
  }

  const health = await probeInBatches(ids, batchSize);
  const stowed = health.filter(needsStow).map((h) => h.dishId);
  if (stowed.length > 0) {
    await arrayControl.stow(stowed, 'nightly health sweep out of limits');
    obsLog.warn('dishes stowed', { stowed });
  }
  return { checked: health.length, stowed };
}

export function worstPointing(health: DishHealth[]): DishHealth | undefined {
  let worst: DishHealth | undefined;
  let worstErr = -1;
  for (const h of health) {
    const err = Math.hypot(h.azimuthErrorArcsec, h.elevationErrorArcsec);
    if (err > worstErr) {
      worst = h;
      worstErr = err;
    }
  }
  return worst;
}
