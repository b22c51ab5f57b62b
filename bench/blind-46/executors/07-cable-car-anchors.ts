// expect: no-multiple-settle
// withDeadline never clears its timer, so after the load-cell read resolves the timer still fires and rejects the settled promise.
export interface AnchorReading {
  anchorId: string;
  tensionKn: number;
  boltTorqueNm: number[];
  creepMm: number;
  sampledAt: Date;
}

export interface AnchorSpec {
  anchorId: string;
  tower: number;
  ratedTensionKn: number;
  minBoltTorqueNm: number;
  maxCreepMm: number;
}

declare const loadCells: {
  read(anchorId: string): Promise<AnchorReading>;
};

declare const maintenanceDesk: {
  openTicket(anchorId: string, severity: 'watch' | 'urgent' | 'stop-line', summary: string): Promise<string>;
};

export class DeadlineExceeded extends Error {
  constructor(label: string, ms: number) {
    super(`${label} did not complete within ${ms}ms`);
    this.name = 'DeadlineExceeded';
  }
}

function withDeadline<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => reject(new DeadlineExceeded(label, ms)), ms);
    work.then(resolve, reject);
  });
}

export type AnchorVerdict =
  | { anchorId: string; status: 'ok' }
  | { anchorId: string; status: 'watch' | 'urgent' | 'stop-line'; findings: string[] };

export function assess(spec: AnchorSpec, reading: AnchorReading): AnchorVerdict {
  const findings: string[] = [];
  const utilisation = reading.tensionKn / spec.ratedTensionKn;
  if (utilisation > 1) findings.push(`tension ${reading.tensionKn}kN exceeds rating`);
  else if (utilisation > 0.85) findings.push(`tension at ${(utilisation * 100).toFixed(0)}% of rating`);
  const loose = reading.boltTorqueNm.filter((t) => t < spec.minBoltTorqueNm).length;
  if (loose > 0) findings.push(`${loose} bolt(s) under torque`);
  if (reading.creepMm > spec.maxCreepMm) findings.push(`creep ${reading.creepMm}mm over ${spec.maxCreepMm}mm`);
  if (findings.length === 0) return { anchorId: spec.anchorId, status: 'ok' };
  const status = utilisation > 1 || loose > 2 ? 'stop-line' : utilisation > 0.85 || loose > 0 ? 'urgent' : 'watch';
  return { anchorId: spec.anchorId, status, findings };
}

export async function morningAnchorSweep(specs: AnchorSpec[], perAnchorMs = 4_000): Promise<AnchorVerdict[]> {
  const verdicts: AnchorVerdict[] = [];
  for (const spec of [...specs].sort((a, b) => a.tower - b.tower)) {
    let reading: AnchorReading;
    try {
      reading = await withDeadline(loadCells.read(spec.anchorId), perAnchorMs, `load cell ${spec.anchorId}`);
    } catch (err) {
      if (!(err instanceof DeadlineExceeded)) throw err;
      verdicts.push({ anchorId: spec.anchorId, status: 'urgent', findings: ['load cell unresponsive'] });
      continue;
    }
    verdicts.push(assess(spec, reading));
  }
  return verdicts;
}

export async function escalate(verdicts: AnchorVerdict[]): Promise<string[]> {
  const tickets: string[] = [];
  for (const verdict of verdicts) {
    if (verdict.status === 'ok') continue;
    tickets.push(await maintenanceDesk.openTicket(verdict.anchorId, verdict.status, verdict.findings.join('; ')));
  }
  return tickets;
}

export function lineMayOpen(verdicts: AnchorVerdict[]): boolean {
  return verdicts.every((v) => v.status === 'ok' || v.status === 'watch');
}
