// expect: no-floating-promises
// The forEach(async ...) that files maintenance records and work orders drops each promise, so failures are lost and the tower summary returns before filing completes.
export interface BellRope {
  ropeId: string;
  bell: number;
  sallyColour: string;
  installedOn: Date;
  ringsSinceSplice: number;
}

export interface RopeInspection {
  ropeId: string;
  frayedTail: boolean;
  sallyWorn: boolean;
  stretchMm: number;
  verdict: 'ok' | 'splice' | 'replace';
}

declare const ringingChamber: {
  ropes(tower: string): Promise<BellRope[]>;
};

declare const inspectionRig: {
  measureStretch(ropeId: string): Promise<number>;
  photograph(ropeId: string): Promise<{ frayedTail: boolean; sallyWorn: boolean }>;
};

declare const maintenanceLog: {
  file(tower: string, inspection: RopeInspection): Promise<void>;
};

declare const workOrders: {
  open(order: { tower: string; bell: number; task: string }): Promise<string>;
};

const SPLICE_AFTER_RINGS = 40_000;
const MAX_STRETCH_MM = 120;

function verdictFor(rope: BellRope, stretchMm: number, visual: { frayedTail: boolean; sallyWorn: boolean }): RopeInspection['verdict'] {
  const ageYears = (Date.now() - rope.installedOn.getTime()) / (365 * 86_400_000);
  if (visual.sallyWorn || stretchMm > MAX_STRETCH_MM || ageYears > 12) return 'replace';
  if (visual.frayedTail || rope.ringsSinceSplice > SPLICE_AFTER_RINGS) return 'splice';
  return 'ok';
}

export interface TowerSummary {
  tower: string;
  inspected: number;
  needsSplice: string[];
  needsReplacement: string[];
}

async function inspectRope(rope: BellRope): Promise<RopeInspection> {
  const [stretchMm, visual] = await Promise.all([
    inspectionRig.measureStretch(rope.ropeId),
    inspectionRig.photograph(rope.ropeId),
  ]);
  return {
    ropeId: rope.ropeId,
    ...visual,
    stretchMm,
    verdict: verdictFor(rope, stretchMm, visual),
  };
}

export async function inspectTower(tower: string): Promise<TowerSummary> {
  const ropes = await ringingChamber.ropes(tower);
  const inspections = await Promise.all(ropes.map((rope) => inspectRope(rope)));

  inspections
    .filter((inspection) => inspection.verdict !== 'ok')
    .forEach(async (inspection) => {
      await maintenanceLog.file(tower, inspection);
      const rope = ropes.find((r) => r.ropeId === inspection.ropeId);
      await workOrders.open({
        tower,
        bell: rope?.bell ?? 0,
        task: inspection.verdict === 'replace' ? 'replace rope' : 'splice tail end',
      });
    });

  return {
    tower,
    inspected: inspections.length,
    needsSplice: inspections.filter((r) => r.verdict === 'splice').map((r) => r.ropeId),
    needsReplacement: inspections.filter((r) => r.verdict === 'replace').map((r) => r.ropeId),
  };
}

export function formatSummary(summary: TowerSummary): string {
  const lines = [`${summary.tower}: ${summary.inspected} ropes inspected`];
  if (summary.needsReplacement.length > 0) lines.push(`  replace: ${summary.needsReplacement.join(', ')}`);
  if (summary.needsSplice.length > 0) lines.push(`  splice: ${summary.needsSplice.join(', ')}`);
  if (lines.length === 1) lines.push('  all ropes serviceable');
  return lines.join('\n');
}
