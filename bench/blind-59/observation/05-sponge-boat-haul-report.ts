// expect: no-unchecked-settled-results
// dailyReport casts every allSettled entry to PromiseFulfilledResult and reads .value, so one boat with a failed upload crashes the whole report.
export interface SpongeBoat {
  boatId: string;
  skipper: string;
  divers: number;
  ground: 'north-shoal' | 'kelp-wall' | 'deep-bank';
}

export interface Haul {
  boatId: string;
  wools: number;
  grass: number;
  yellows: number;
  wetKg: number;
}

export interface DailyReport {
  day: string;
  boats: Array<{ boatId: string; pieces: number; wetKg: number }>;
  totalPieces: number;
  bestGround: SpongeBoat['ground'] | null;
}

declare const telemetry: { haulFor(boatId: string, day: string): Promise<Haul> };
declare const coop: { publish(report: DailyReport): Promise<void> };

function pieces(haul: Haul): number {
  return haul.wools + haul.grass + haul.yellows;
}

export async function dailyReport(fleet: SpongeBoat[], day: string): Promise<DailyReport> {
  const results = await Promise.allSettled(fleet.map((boat) => telemetry.haulFor(boat.boatId, day)));

  const boats = results.map((result, i) => {
    const haul = (result as PromiseFulfilledResult<Haul>).value;
    return { boatId: fleet[i].boatId, pieces: pieces(haul), wetKg: haul.wetKg };
  });

  const byGround = new Map<SpongeBoat['ground'], number>();
  boats.forEach((b, i) => {
    const ground = fleet[i].ground;
    byGround.set(ground, (byGround.get(ground) ?? 0) + b.pieces / Math.max(1, fleet[i].divers));
  });

  let bestGround: SpongeBoat['ground'] | null = null;
  let bestRate = -Infinity;
  for (const [ground, rate] of byGround) {
    if (rate > bestRate) {
      bestGround = ground;
      bestRate = rate;
    }
  }

  return {
    day,
    boats,
    totalPieces: boats.reduce((n, b) => n + b.pieces, 0),
    bestGround,
  };
}

export async function publishDay(fleet: SpongeBoat[], day: string): Promise<DailyReport> {
  const report = await dailyReport(fleet, day);
  if (report.totalPieces === 0) {
    throw new Error(`no sponges recorded for ${day}; check the boat uploads before publishing`);
  }
  await coop.publish(report);
  return report;
}
