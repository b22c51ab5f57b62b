// expect: no-floating-promises
// scheduleBreak hands an async callback to forEach, which drops each returned promise, so insertion failures are unhandled and unordered.
export interface Spot {
  spotId: string;
  advertiser: string;
  lengthSec: number;
  category: 'auto' | 'food' | 'legal' | 'health' | 'retail' | 'psa';
  mustAirBefore?: Date;
}

export interface LogSlot {
  breakId: string;
  position: number;
  spot: Spot;
}

declare const trafficSystem: {
  spotsForBreak(breakId: string): Promise<Spot[]>;
  markScheduled(spotId: string, breakId: string): Promise<void>;
};
declare const playoutLog: {
  insert(slot: LogSlot): Promise<void>;
  clearBreak(breakId: string): Promise<void>;
};
declare const stationLog: { info(msg: string, meta?: object): void };

const MAX_BREAK_SEC = 240;

function separateCompetitors(spots: Spot[]): Spot[] {
  const ordered: Spot[] = [];
  const remaining = [...spots];
  while (remaining.length > 0) {
    const last = ordered[ordered.length - 1];
    const idx = remaining.findIndex((s) => !last || s.category !== last.category);
    ordered.push(...remaining.splice(idx === -1 ? 0 : idx, 1));
  }
  return ordered;
}

function fitToLength(spots: Spot[]): { fitted: Spot[]; bumped: Spot[] } {
  const byUrgency = [...spots].sort(
    (a, b) => (a.mustAirBefore?.getTime() ?? Infinity) - (b.mustAirBefore?.getTime() ?? Infinity),
  );
  const fitted: Spot[] = [];
  const bumped: Spot[] = [];
  let total = 0;
  for (const spot of byUrgency) {
    if (total + spot.lengthSec <= MAX_BREAK_SEC) {
      fitted.push(spot);
      total += spot.lengthSec;
    } else {
      bumped.push(spot);
    }
  }
  return { fitted, bumped };
}

export async function scheduleBreak(breakId: string): Promise<{ scheduled: number; bumped: string[] }> {
  const spots = await trafficSystem.spotsForBreak(breakId);
  const { fitted, bumped } = fitToLength(spots);
  const ordered = separateCompetitors(fitted);

  await playoutLog.clearBreak(breakId);
  ordered.forEach(async (spot, position) => {
    await playoutLog.insert({ breakId, position, spot });
    await trafficSystem.markScheduled(spot.spotId, breakId);
  });

  stationLog.info('ad break scheduled', {
    breakId,
    spots: ordered.length,
    seconds: ordered.reduce((s, x) => s + x.lengthSec, 0),
    bumped: bumped.length,
  });
  return { scheduled: ordered.length, bumped: bumped.map((s) => s.spotId) };
}
