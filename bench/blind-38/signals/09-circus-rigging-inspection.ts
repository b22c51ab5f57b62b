// expect: none
// Each load-cell request gets AbortSignal.any of the caller's signal and a per-request timeout, and the caller's signal is checked between points.
export interface RiggingPoint {
  pointId: string;
  beam: string;
  swlKg: number;
  act: 'trapeze' | 'aerial-silks' | 'cradle' | 'lighting-truss';
}

export interface LoadCellReading {
  pointId: string;
  staticKg: number;
  peakDynamicKg: number;
  shackleSerial: string;
  lastCertified: string;
}

export interface PointVerdict {
  pointId: string;
  ok: boolean;
  findings: string[];
}

declare const loadCellHub: { url: string };
declare const inspectionBook: { sign(inspector: string, verdicts: PointVerdict[]): Promise<string> };

const DYNAMIC_FACTOR: Record<RiggingPoint['act'], number> = {
  trapeze: 5,
  'aerial-silks': 4,
  cradle: 6,
  'lighting-truss': 2,
};

async function readLoadCell(pointId: string, signal: AbortSignal, timeoutMs: number): Promise<LoadCellReading> {
  const res = await fetch(`${loadCellHub.url}/points/${encodeURIComponent(pointId)}`, {
    signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
  });
  if (!res.ok) throw new Error(`load cell ${pointId}: HTTP ${res.status}`);
  return (await res.json()) as LoadCellReading;
}

export function judge(point: RiggingPoint, reading: LoadCellReading, today: Date): PointVerdict {
  const findings: string[] = [];
  const allowedPeak = point.swlKg;
  if (reading.peakDynamicKg > allowedPeak) {
    findings.push(`peak ${reading.peakDynamicKg} kg exceeds SWL ${point.swlKg} kg`);
  }
  if (reading.staticKg * DYNAMIC_FACTOR[point.act] > allowedPeak * 1.25) {
    findings.push(`static load too high for ${point.act} dynamic factor`);
  }
  const certAgeDays = (today.getTime() - Date.parse(reading.lastCertified)) / 86_400_000;
  if (certAgeDays > 365) {
    findings.push(`shackle ${reading.shackleSerial} certificate ${Math.floor(certAgeDays)} days old`);
  }
  return { pointId: point.pointId, ok: findings.length === 0, findings };
}

export async function inspectRig(
  points: readonly RiggingPoint[],
  inspector: string,
  signal: AbortSignal,
  perPointTimeoutMs = 8_000,
): Promise<{ signedRef: string; failed: string[] }> {
  const verdicts: PointVerdict[] = [];
  const today = new Date();
  for (const point of points) {
    signal.throwIfAborted();
    const reading = await readLoadCell(point.pointId, signal, perPointTimeoutMs);
    verdicts.push(judge(point, reading, today));
  }
  const signedRef = await inspectionBook.sign(inspector, verdicts);
  return { signedRef, failed: verdicts.filter((v) => !v.ok).map((v) => v.pointId) };
}
