// expect: none
// Function references go only where callbacks are expected (map, then, the limiter's task argument); every promise slot receives a call.
export interface BlastHole {
  holeId: string;
  bench: string;
  depthM: number;
  burdenM: number;
  spacingM: number;
}

export interface ChargeSheet {
  holeId: string;
  emulsionKg: number;
  stemmingM: number;
  detonatorDelayMs: number;
}

export interface SeismicLimits {
  maxPpvMmPerS: number;
  nearestReceptorM: number;
}

export interface BlastPlan {
  bench: string;
  sheets: ChargeSheet[];
  maxChargePerDelayKg: number;
  limits: SeismicLimits;
}

declare const survey: {
  holesOnBench(bench: string): Promise<BlastHole[]>;
  chargeSheet(holeId: string): Promise<ChargeSheet>;
  seismicLimits(): Promise<SeismicLimits>;
};

class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly max: number) {}

  async schedule<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

const surveyApi = new Limiter(4);

function loadChargeSheet(hole: BlastHole): Promise<ChargeSheet> {
  return surveyApi.schedule(() => survey.chargeSheet(hole.holeId));
}

function fetchSeismicLimits(): Promise<SeismicLimits> {
  return survey.seismicLimits();
}

function maxChargePerDelay(sheets: ChargeSheet[]): number {
  const byDelay = new Map<number, number>();
  for (const sheet of sheets) {
    byDelay.set(sheet.detonatorDelayMs, (byDelay.get(sheet.detonatorDelayMs) ?? 0) + sheet.emulsionKg);
  }
  return Math.max(0, ...byDelay.values());
}

function sortByDelay(sheets: ChargeSheet[]): ChargeSheet[] {
  return [...sheets].sort((a, b) => a.detonatorDelayMs - b.detonatorDelayMs);
}

export async function buildBlastPlan(bench: string): Promise<BlastPlan> {
  const [sheets, limits] = await Promise.all([
    survey.holesOnBench(bench).then((holes) => Promise.all(holes.map(loadChargeSheet))).then(sortByDelay),
    surveyApi.schedule(fetchSeismicLimits),
  ]);

  const maxCharge = maxChargePerDelay(sheets);
  // Scaled-distance check: PPV ≈ K * (D / sqrt(W))^-1.6 with a site constant of 1140.
  const predictedPpv = 1140 * Math.pow(limits.nearestReceptorM / Math.sqrt(maxCharge || 1), -1.6);
  if (predictedPpv > limits.maxPpvMmPerS) {
    throw new Error(
      `bench ${bench}: predicted PPV ${predictedPpv.toFixed(1)} mm/s exceeds limit ${limits.maxPpvMmPerS} mm/s`,
    );
  }
  return { bench, sheets, maxChargePerDelayKg: maxCharge, limits };
}
