// expect: no-leaked-race
// Each calibration races the projector call against a promise that adds an abort listener to the long-lived show signal and never removes it, so listeners (and their closures) pile up on every successful calibration.
export interface CalibrationResult {
  projector: string;
  edgeBlendPx: number;
  gammaError: number;
  warpMeshVersion: number;
}

export interface ProjectorControl {
  calibrate(projector: string, pattern: 'grid' | 'starfield'): Promise<CalibrationResult>;
  setBlackLevel(projector: string, level: number): Promise<void>;
}

export interface DomeLayout {
  dome: string;
  projectors: string[];
  maxGammaError: number;
}

function abortRejection(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    signal.addEventListener('abort', () => reject(signal.reason));
  });
}

async function calibrateOne(
  control: ProjectorControl,
  projector: string,
  signal: AbortSignal,
): Promise<CalibrationResult> {
  return Promise.race([control.calibrate(projector, 'grid'), abortRejection(signal)]);
}

export async function calibrateDome(
  control: ProjectorControl,
  layout: DomeLayout,
  showSignal: AbortSignal,
  passes = 3,
): Promise<CalibrationResult[]> {
  let results: CalibrationResult[] = [];
  for (let pass = 1; pass <= passes; pass++) {
    results = [];
    for (const projector of layout.projectors) {
      results.push(await calibrateOne(control, projector, showSignal));
    }
    const worst = Math.max(...results.map((r) => r.gammaError));
    if (worst <= layout.maxGammaError) break;
    for (const r of results) {
      if (r.gammaError > layout.maxGammaError) {
        await control.setBlackLevel(r.projector, Math.max(0, 0.02 - r.gammaError / 10));
      }
    }
  }
  return results;
}

export function blendReport(results: CalibrationResult[]): string {
  const sorted = [...results].sort((a, b) => b.gammaError - a.gammaError);
  return sorted
    .map((r) => `${r.projector.padEnd(8)} blend=${r.edgeBlendPx}px gammaΔ=${r.gammaError.toFixed(3)} mesh=v${r.warpMeshVersion}`)
    .join('\n');
}
