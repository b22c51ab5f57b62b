// expect: none
// Correct: the early return happens before any promise is started, every started check is awaited together, and sequential work uses for...of instead of forEach(async).
export interface Rig {
  id: string;
  act: string;
  ratedLoadKg: number;
  anchorPoints: string[];
}

export interface RigCheck {
  rigId: string;
  peakLoadKg: number;
  anchorsOk: boolean;
}

declare const loadCells: {
  proofTest(rigId: string, loadKg: number): Promise<{ peakLoadKg: number }>;
};

declare const anchorScanner: {
  scan(anchorId: string): Promise<{ corrosion: number; boltTorqueNm: number }>;
};

declare const winches: {
  exercise(rigId: string, cycles: number): Promise<void>;
};

declare const ringmaster: {
  notify(text: string): Promise<void>;
};

const PROOF_FACTOR = 1.25;

async function anchorsSound(rig: Rig): Promise<boolean> {
  const scans = await Promise.all(rig.anchorPoints.map((anchorId) => anchorScanner.scan(anchorId)));
  return scans.every((s) => s.corrosion < 0.15 && s.boltTorqueNm >= 60);
}

async function checkRig(rig: Rig): Promise<RigCheck> {
  const [proof, anchorsOk] = await Promise.all([
    loadCells.proofTest(rig.id, rig.ratedLoadKg * PROOF_FACTOR),
    anchorsSound(rig),
  ]);
  return { rigId: rig.id, peakLoadKg: proof.peakLoadKg, anchorsOk };
}

export async function preShowCheck(rigs: Rig[], showStartsAt: Date): Promise<RigCheck[]> {
  if (rigs.length === 0) return [];
  if (showStartsAt.getTime() - Date.now() < 30 * 60_000) {
    throw new Error('too close to curtain for a full rig check');
  }

  const checks = await Promise.all(rigs.map((rig) => checkRig(rig)));

  for (const rig of rigs) {
    await winches.exercise(rig.id, 3);
  }

  const failed = checks.filter((c) => !c.anchorsOk);
  if (failed.length > 0) {
    await ringmaster.notify(`Rigs held for inspection: ${failed.map((c) => c.rigId).join(', ')}`);
  }
  return checks;
}

export function actsCleared(rigs: Rig[], checks: RigCheck[]): string[] {
  const ok = new Set(checks.filter((c) => c.anchorsOk).map((c) => c.rigId));
  return rigs.filter((r) => ok.has(r.id)).map((r) => r.act);
}
