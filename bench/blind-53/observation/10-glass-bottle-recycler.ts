// expect: none
// All validation and early returns happen before any crusher job starts; the jobs are collected and awaited together with Promise.all before anything else is awaited.
export type Cullet = 'flint' | 'amber' | 'green';

export interface Hopper {
  hopperId: string;
  colour: Cullet;
  fillKg: number;
  contaminationPct: number;
}

export interface CrushResult {
  hopperId: string;
  culletKg: number;
  fines: number;
}

declare const crushers: {
  crush(hopperId: string, kg: number): Promise<CrushResult>;
};

declare const furnaceOrders: {
  openDemand(colour: Cullet): Promise<number>;
};

declare const dispatchBoard: {
  post(summary: { colour: Cullet; kg: number; hoppers: string[] }): Promise<void>;
};

const MAX_CONTAMINATION_PCT = 1.5;
const MIN_BATCH_KG = 400;

export class ContaminatedHopperError extends Error {
  constructor(readonly hopperIds: string[]) {
    super(`hoppers over ${MAX_CONTAMINATION_PCT}% contamination: ${hopperIds.join(', ')}`);
  }
}

export async function crushForFurnace(colour: Cullet, hoppers: Hopper[]): Promise<CrushResult[]> {
  const candidates = hoppers.filter((h) => h.colour === colour && h.fillKg > 0);
  const available = candidates.reduce((s, h) => s + h.fillKg, 0);
  if (available < MIN_BATCH_KG) return [];

  const dirty = candidates.filter((h) => h.contaminationPct > MAX_CONTAMINATION_PCT);
  if (dirty.length > 0) throw new ContaminatedHopperError(dirty.map((h) => h.hopperId));

  const demandKg = await furnaceOrders.openDemand(colour);
  if (demandKg <= 0) return [];

  // take the fullest hoppers first so partly filled ones keep collecting
  const ordered = [...candidates].sort((a, b) => b.fillKg - a.fillKg);
  const jobs: Promise<CrushResult>[] = [];
  let planned = 0;
  for (const hopper of ordered) {
    if (planned >= demandKg) break;
    const kg = Math.min(hopper.fillKg, demandKg - planned);
    jobs.push(crushers.crush(hopper.hopperId, kg));
    planned += kg;
  }

  const results = await Promise.all(jobs);
  const totalKg = results.reduce((s, r) => s + r.culletKg, 0);
  await dispatchBoard.post({ colour, kg: totalKg, hoppers: results.map((r) => r.hopperId) });
  return results;
}

export function finesRatio(results: CrushResult[]): number {
  const kg = results.reduce((s, r) => s + r.culletKg, 0);
  if (kg === 0) return 0;
  return results.reduce((s, r) => s + r.fines, 0) / kg;
}
