// expect: none
// The curve cache deliberately shares one promise among callers (and drops it on failure), while the retry loop calls sendSetpoint afresh each attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export type Couverture = 'dark-70' | 'milk-38' | 'white-33' | 'ruby-47';

export interface TemperCurve {
  couverture: Couverture;
  meltC: number;
  coolC: number;
  workC: number;
}

export interface TemperingZone {
  zoneId: string;
  stage: 'melt' | 'cool' | 'work';
}

declare const recipeServer: {
  curve(couverture: Couverture): Promise<TemperCurve>;
};

declare const lineController: {
  sendSetpoint(zoneId: string, celsius: number): Promise<{ accepted: boolean; reason?: string }>;
};

export class TemperCurveCache {
  private readonly curves = new Map<Couverture, Promise<TemperCurve>>();

  get(couverture: Couverture): Promise<TemperCurve> {
    let pending = this.curves.get(couverture);
    if (!pending) {
      pending = recipeServer.curve(couverture);
      this.curves.set(couverture, pending);
      // A failed lookup must not poison the cache for the next batch.
      pending.catch(() => {
        if (this.curves.get(couverture) === pending) this.curves.delete(couverture);
      });
    }
    return pending;
  }

  invalidate(couverture?: Couverture): void {
    if (couverture) this.curves.delete(couverture);
    else this.curves.clear();
  }
}

async function setpointWithRetry(zoneId: string, celsius: number, attempts = 3): Promise<void> {
  let lastReason = 'no attempt made';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const ack = await lineController.sendSetpoint(zoneId, celsius);
      if (ack.accepted) return;
      lastReason = ack.reason ?? 'rejected';
    } catch (err) {
      lastReason = err instanceof Error ? err.message : String(err);
    }
    await sleep(200 * 2 ** attempt);
  }
  throw new Error(`zone ${zoneId} refused ${celsius} °C: ${lastReason}`);
}

function targetFor(curve: TemperCurve, stage: TemperingZone['stage']): number {
  switch (stage) {
    case 'melt':
      return curve.meltC;
    case 'cool':
      return curve.coolC;
    case 'work':
      return curve.workC;
  }
}

export async function changeover(
  cache: TemperCurveCache,
  zones: TemperingZone[],
  couverture: Couverture,
): Promise<Record<string, number>> {
  const curve = await cache.get(couverture);
  if (curve.workC >= curve.meltC) {
    cache.invalidate(couverture);
    throw new Error(`curve for ${couverture} is not a tempering curve`);
  }
  const applied: Record<string, number> = {};
  // Melt first, then cool, then work, so the line never pushes untempered chocolate forward.
  for (const stage of ['melt', 'cool', 'work'] as const) {
    for (const zone of zones.filter((z) => z.stage === stage)) {
      const target = targetFor(curve, stage);
      await setpointWithRetry(zone.zoneId, target);
      applied[zone.zoneId] = target;
    }
  }
  return applied;
}
