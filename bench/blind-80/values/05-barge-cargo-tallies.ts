// expect: no-promise-as-value
// draftAdjustedTonnes is set to the un-awaited promise from computeDraftAdjustedTonnes, so the published event serialises it as {} and the harbour office never sees the figure.
export interface CargoLine {
  hold: 1 | 2 | 3 | 4;
  commodity: 'grain' | 'coal' | 'gravel' | 'timber' | 'scrap';
  declaredTonnes: number;
}

export interface Manifest {
  bargeId: string;
  voyage: string;
  clerk: string;
  loadedAt: string;
  lines: CargoLine[];
  draftForeM: number;
  draftAftM: number;
}

interface HydrostaticRow {
  meanDraftM: number;
  displacementTonnes: number;
}

declare const hydrostatics: {
  tableFor(bargeId: string): Promise<{ lightshipTonnes: number; rows: HydrostaticRow[] }>;
};

declare const harbourBus: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};

function interpolate(rows: HydrostaticRow[], draftM: number): number {
  const sorted = [...rows].sort((a, b) => a.meanDraftM - b.meanDraftM);
  for (let i = 1; i < sorted.length; i++) {
    const lo = sorted[i - 1];
    const hi = sorted[i];
    if (draftM <= hi.meanDraftM) {
      const t = (draftM - lo.meanDraftM) / (hi.meanDraftM - lo.meanDraftM);
      return lo.displacementTonnes + t * (hi.displacementTonnes - lo.displacementTonnes);
    }
  }
  throw new Error(`draft ${draftM}m is beyond the hydrostatic table`);
}

async function computeDraftAdjustedTonnes(manifest: Manifest): Promise<number> {
  const table = await hydrostatics.tableFor(manifest.bargeId);
  const meanDraft = (manifest.draftForeM + manifest.draftAftM) / 2;
  return Math.round((interpolate(table.rows, meanDraft) - table.lightshipTonnes) * 10) / 10;
}

function tallyByCommodity(lines: CargoLine[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of lines) {
    out[line.commodity] = Math.round(((out[line.commodity] ?? 0) + line.declaredTonnes) * 10) / 10;
  }
  return out;
}

export async function publishTally(manifest: Manifest): Promise<void> {
  if (manifest.lines.length === 0) throw new Error(`voyage ${manifest.voyage} has an empty manifest`);
  const trim = manifest.draftAftM - manifest.draftForeM;
  if (Math.abs(trim) > 0.4) {
    throw new Error(`barge ${manifest.bargeId} trimmed ${trim.toFixed(2)}m: re-stow before tallying`);
  }

  const declaredTonnes = manifest.lines.reduce((sum, l) => sum + l.declaredTonnes, 0);
  await harbourBus.publish('cargo.tallied', {
    bargeId: manifest.bargeId,
    voyage: manifest.voyage,
    clerk: manifest.clerk,
    loadedAt: manifest.loadedAt,
    byCommodity: tallyByCommodity(manifest.lines),
    declaredTonnes: Math.round(declaredTonnes * 10) / 10,
    draftAdjustedTonnes: computeDraftAdjustedTonnes(manifest),
    holdsUsed: [...new Set(manifest.lines.map((l) => l.hold))].sort(),
  });
}
