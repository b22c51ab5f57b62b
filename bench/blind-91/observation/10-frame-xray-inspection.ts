// expect: no-unobserved-promise
// All joint inspections are started up front and then awaited one by one; if a later joint's inspection rejects while an earlier one is still being awaited, it has no handler yet and becomes an unhandled rejection.
export type Joint = 'head-tube-top' | 'head-tube-down' | 'seat-cluster' | 'bb-shell' | 'chainstay-l' | 'chainstay-r';

export interface XrayReport {
  joint: Joint;
  porosityPct: number;
  undercutMm: number;
  cracks: number;
}

export interface FrameVerdict {
  frameId: string;
  pass: boolean;
  reports: XrayReport[];
  rejectReasons: string[];
}

declare const xray: {
  inspect(frameId: string, joint: Joint): Promise<XrayReport>;
};

declare const qc: {
  record(verdict: FrameVerdict): Promise<void>;
};

const JOINTS: Joint[] = ['head-tube-top', 'head-tube-down', 'seat-cluster', 'bb-shell', 'chainstay-l', 'chainstay-r'];

const LIMITS = {
  steel: { porosityPct: 2, undercutMm: 0.5 },
  titanium: { porosityPct: 1, undercutMm: 0.3 },
} as const;

function judge(report: XrayReport, material: keyof typeof LIMITS): string | null {
  const limit = LIMITS[material];
  if (report.cracks > 0) return `${report.joint}: ${report.cracks} crack(s)`;
  if (report.porosityPct > limit.porosityPct) return `${report.joint}: porosity ${report.porosityPct}%`;
  if (report.undercutMm > limit.undercutMm) return `${report.joint}: undercut ${report.undercutMm}mm`;
  return null;
}

export async function inspectFrame(frameId: string, material: keyof typeof LIMITS): Promise<FrameVerdict> {
  // the x-ray cell can image joints in parallel, so queue them all at once
  const pending = JOINTS.map((joint) => xray.inspect(frameId, joint));

  const reports: XrayReport[] = [];
  for (const inspection of pending) {
    reports.push(await inspection);
  }

  const rejectReasons = reports.map((r) => judge(r, material)).filter((r): r is string => r !== null);
  const verdict: FrameVerdict = { frameId, pass: rejectReasons.length === 0, reports, rejectReasons };
  await qc.record(verdict);
  return verdict;
}

export async function inspectShift(frameIds: string[], material: keyof typeof LIMITS) {
  let passed = 0;
  const failed: Array<{ frameId: string; reasons: string[] }> = [];
  for (const id of frameIds) {
    const verdict = await inspectFrame(id, material);
    if (verdict.pass) passed++;
    else failed.push({ frameId: id, reasons: verdict.rejectReasons });
  }
  return { passed, failed };
}
