// expect: no-unchecked-settled-results
// auditDrums casts every Promise.allSettled entry to a fulfilled result and reads .value, so a drum whose probe failed is audited with an undefined curve.
export type ChocolateKind = 'dark' | 'milk' | 'white' | 'ruby';

export interface TemperCurve {
  drumId: string;
  kind: ChocolateKind;
  meltC: number;
  coolC: number;
  workC: number;
  seedPct: number;
}

export interface DrumAudit {
  drumId: string;
  inSpec: boolean;
  issues: string[];
}

declare const drumProbes: {
  readCurve(drumId: string): Promise<TemperCurve>;
};

declare const qualityBoard: {
  publish(audits: DrumAudit[]): Promise<void>;
};

// classic tempering windows per chocolate type (melt, cool, working temperature)
const SPEC: Record<ChocolateKind, { melt: [number, number]; cool: [number, number]; work: [number, number] }> = {
  dark: { melt: [45, 50], cool: [27, 28], work: [31, 32] },
  milk: { melt: [40, 45], cool: [26, 27], work: [29, 30] },
  white: { melt: [40, 45], cool: [25, 26], work: [28, 29] },
  ruby: { melt: [40, 45], cool: [26, 27], work: [29, 30] },
};

function within(value: number, [lo, hi]: [number, number]): boolean {
  return value >= lo - 0.3 && value <= hi + 0.3;
}

export function auditCurve(curve: TemperCurve): DrumAudit {
  const spec = SPEC[curve.kind];
  const issues: string[] = [];
  if (!within(curve.meltC, spec.melt)) issues.push(`melt ${curve.meltC}C outside ${spec.melt.join('-')}`);
  if (!within(curve.coolC, spec.cool)) issues.push(`cool ${curve.coolC}C outside ${spec.cool.join('-')}`);
  if (!within(curve.workC, spec.work)) issues.push(`work ${curve.workC}C outside ${spec.work.join('-')}`);
  if (curve.seedPct < 15 || curve.seedPct > 25) issues.push(`seed ${curve.seedPct}% unusual`);
  return { drumId: curve.drumId, inSpec: issues.length === 0, issues };
}

export async function auditDrums(drumIds: string[]): Promise<DrumAudit[]> {
  const settled = await Promise.allSettled(drumIds.map((id) => drumProbes.readCurve(id)));

  const audits = settled.map((result) => {
    const curve = (result as PromiseFulfilledResult<TemperCurve>).value;
    return auditCurve(curve);
  });

  audits.sort((a, b) => Number(a.inSpec) - Number(b.inSpec) || a.drumId.localeCompare(b.drumId));
  await qualityBoard.publish(audits);
  return audits;
}

export function summarise(audits: DrumAudit[]): string {
  const bad = audits.filter((a) => !a.inSpec);
  if (bad.length === 0) return `all ${audits.length} drums tempered in spec`;
  return `${bad.length}/${audits.length} drums out of temper: ${bad.map((a) => a.drumId).join(', ')}`;
}
