// expect: no-unobserved-promise
// Tension checks are started for every loom, but a warp-break throw exits before Promise.all, leaving those promises with no handler.
export interface Loom {
  id: string;
  warpBreaksLastShift: number;
  pileHeightMm: number;
  pattern: string;
}

export interface TensionReport {
  loomId: string;
  groundWarpN: number;
  pileWarpN: number;
}

export interface ShiftStart {
  shiftId: string;
  running: string[];
  idle: string[];
}

declare const tensionRig: {
  verify(loomId: string): Promise<TensionReport>;
};

declare const millFloor: {
  engage(loomId: string, pattern: string): Promise<void>;
  announce(message: string): Promise<void>;
};

const MAX_WARP_BREAKS = 12;
const GROUND_WARP_RANGE_N: readonly [number, number] = [38, 52];
const PILE_TO_GROUND_MAX_RATIO = 0.45;

export class ShiftBlockedError extends Error {
  constructor(readonly loomId: string, readonly breaks: number) {
    super(`loom ${loomId} had ${breaks} warp breaks last shift; mechanic sign-off required`);
    this.name = 'ShiftBlockedError';
  }
}

function tensionOk(report: TensionReport): boolean {
  const [lo, hi] = GROUND_WARP_RANGE_N;
  if (report.groundWarpN < lo || report.groundWarpN > hi) {
    return false;
  }
  return report.pileWarpN / report.groundWarpN <= PILE_TO_GROUND_MAX_RATIO;
}

export async function startShift(shiftId: string, looms: readonly Loom[]): Promise<ShiftStart> {
  const tensionChecks = looms.map((loom) => tensionRig.verify(loom.id));

  for (const loom of looms) {
    if (loom.warpBreaksLastShift > MAX_WARP_BREAKS) {
      throw new ShiftBlockedError(loom.id, loom.warpBreaksLastShift);
    }
  }

  const reports = await Promise.all(tensionChecks);
  const running: string[] = [];
  const idle: string[] = [];

  for (const [i, loom] of looms.entries()) {
    if (!tensionOk(reports[i])) {
      idle.push(loom.id);
      continue;
    }
    await millFloor.engage(loom.id, loom.pattern);
    running.push(loom.id);
  }

  await millFloor.announce(`shift ${shiftId}: ${running.length} looms running, ${idle.length} idle for re-tensioning`);
  return { shiftId, running, idle };
}

export function pileDensity(loom: Loom, picksPerCm: number): number {
  return Math.round((picksPerCm * 10) / Math.max(0.5, loom.pileHeightMm));
}

export function worstLooms(looms: readonly Loom[], n = 3): Loom[] {
  return [...looms].sort((a, b) => b.warpBreaksLastShift - a.warpBreaksLastShift).slice(0, n);
}
