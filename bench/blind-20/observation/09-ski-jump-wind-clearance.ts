// expect: no-unobserved-promise
// calibration is started before the staleness check, and the early return leaves it un-awaited so a failed fetch becomes an unhandled rejection.
export interface GaugeSample {
  gaugeId: string;
  speedMs: number;
  directionDeg: number;
  at: number;
}

export interface Hill {
  id: string;
  inrunHeadingDeg: number;
  maxTailwindMs: number;
  maxHeadwindMs: number;
}

export interface Clearance {
  hillId: string;
  bib: number;
  cleared: boolean;
  windFactor?: number;
  reason?: string;
}

interface Calibration {
  offsets: Record<string, number>;
  issuedAt: string;
}

declare const latestSamples: Map<string, GaugeSample[]>;

const STALE_MS = 3_000;
const CALIBRATION_URL = 'https://timing.example-fis.net/api/hills';

async function fetchCalibration(hillId: string, signal: AbortSignal): Promise<Calibration> {
  const res = await fetch(`${CALIBRATION_URL}/${encodeURIComponent(hillId)}/gauges/calibration`, { signal });
  if (!res.ok) throw new Error(`calibration lookup failed: HTTP ${res.status}`);
  return (await res.json()) as Calibration;
}

function headwindComponent(sample: GaugeSample, headingDeg: number, offset: number): number {
  const rad = ((sample.directionDeg - headingDeg) * Math.PI) / 180;
  return (sample.speedMs + offset) * Math.cos(rad);
}

export async function clearForJump(hill: Hill, bib: number): Promise<Clearance> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2_000);
  const calibration = fetchCalibration(hill.id, controller.signal);

  const samples = latestSamples.get(hill.id) ?? [];
  const now = Date.now();
  const fresh = samples.filter((s) => now - s.at <= STALE_MS);
  if (fresh.length < Math.ceil(samples.length / 2) || fresh.length === 0) {
    clearTimeout(timer);
    return { hillId: hill.id, bib, cleared: false, reason: 'gauge data stale' };
  }

  let cal: Calibration;
  try {
    cal = await calibration;
  } finally {
    clearTimeout(timer);
  }

  const components = fresh.map((s) => headwindComponent(s, hill.inrunHeadingDeg, cal.offsets[s.gaugeId] ?? 0));
  const mean = components.reduce((a, b) => a + b, 0) / components.length;

  if (mean < -hill.maxTailwindMs) {
    return { hillId: hill.id, bib, cleared: false, windFactor: mean, reason: 'tailwind over limit' };
  }
  if (mean > hill.maxHeadwindMs) {
    return { hillId: hill.id, bib, cleared: false, windFactor: mean, reason: 'headwind over limit' };
  }
  return { hillId: hill.id, bib, cleared: true, windFactor: Math.round(mean * 100) / 100 };
}
