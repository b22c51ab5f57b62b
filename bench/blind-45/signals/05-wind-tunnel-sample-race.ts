// expect: no-leaked-race
// readWithDeadline races each scanner read against a 2 s timer that is never cleared, so every successful read leaves a live timer behind (hundreds per traverse).
export interface PressureFrame {
  port: number;
  pascals: number[];
  sampledAtUs: bigint;
}

export interface TraversePoint {
  yMm: number;
  zMm: number;
}

export interface WakeSurvey {
  runId: string;
  points: Array<TraversePoint & { totalPressurePa: number; deficitPct: number }>;
  timeouts: number;
}

declare const scanivalve: {
  readFrame(port: number): Promise<PressureFrame>;
};

declare const traverseRig: {
  moveTo(point: TraversePoint): Promise<void>;
};

declare const tunnelState: {
  freestreamTotalPa(): Promise<number>;
};

class ScannerTimeoutError extends Error {
  constructor(port: number, ms: number) {
    super(`pressure scanner port ${port} gave no frame within ${ms} ms`);
    this.name = 'ScannerTimeoutError';
  }
}

function rejectAfter(ms: number, port: number): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new ScannerTimeoutError(port, ms)), ms);
  });
}

function readWithDeadline(port: number, ms = 2_000): Promise<PressureFrame> {
  return Promise.race([scanivalve.readFrame(port), rejectAfter(ms, port)]);
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

export function traverseGrid(spanMm: number, stepMm: number): TraversePoint[] {
  const points: TraversePoint[] = [];
  for (let y = -spanMm / 2; y <= spanMm / 2; y += stepMm) {
    for (let z = -spanMm / 2; z <= spanMm / 2; z += stepMm) {
      points.push({ yMm: y, zMm: z });
    }
  }
  return points;
}

export async function surveyWake(runId: string, rakePort: number, grid: TraversePoint[]): Promise<WakeSurvey> {
  const freestream = await tunnelState.freestreamTotalPa();
  const survey: WakeSurvey = { runId, points: [], timeouts: 0 };

  for (const point of grid) {
    await traverseRig.moveTo(point);
    let frame: PressureFrame;
    try {
      frame = await readWithDeadline(rakePort);
    } catch (err) {
      if (err instanceof ScannerTimeoutError) {
        survey.timeouts++;
        continue;
      }
      throw err;
    }

    const totalPressurePa = mean(frame.pascals);
    survey.points.push({
      ...point,
      totalPressurePa,
      deficitPct: ((freestream - totalPressurePa) / freestream) * 100,
    });
  }

  if (survey.timeouts > grid.length * 0.1) {
    throw new Error(`${survey.timeouts} of ${grid.length} traverse points timed out; check scanner link`);
  }
  return survey;
}
