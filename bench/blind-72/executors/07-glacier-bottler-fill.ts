// expect: none
// fillBottle clears its timeout and removes both 'full' and 'fault' listeners in finish() on every path, so the executor settles exactly once.
export interface FillResult {
  station: string;
  requestedMl: number;
  filledMl: number;
  durationMs: number;
}

interface FullDetail {
  ml: number;
}

interface FaultDetail {
  code: 'PRESSURE_LOW' | 'CAP_MISSING' | 'TEMP_HIGH';
  sensor: string;
}

export interface FillStation extends EventTarget {
  readonly id: string;
  openValve(ml: number): void;
  closeValve(): void;
}

export class FillFaultError extends Error {
  constructor(
    readonly station: string,
    readonly code: FaultDetail['code'],
  ) {
    super(`station ${station} fault ${code}`);
    this.name = 'FillFaultError';
  }
}

const TOLERANCE_ML = 4;

export function fillBottle(station: FillStation, ml: number, timeoutMs = 8000): Promise<FillResult> {
  return new Promise<FillResult>((resolve, reject) => {
    const startedAt = performance.now();

    const finish = () => {
      clearTimeout(timer);
      station.removeEventListener('full', onFull);
      station.removeEventListener('fault', onFault);
    };
    const onFull = (event: Event) => {
      finish();
      const { detail } = event as CustomEvent<FullDetail>;
      resolve({
        station: station.id,
        requestedMl: ml,
        filledMl: detail.ml,
        durationMs: Math.round(performance.now() - startedAt),
      });
    };
    const onFault = (event: Event) => {
      finish();
      station.closeValve();
      const { detail } = event as CustomEvent<FaultDetail>;
      reject(new FillFaultError(station.id, detail.code));
    };
    const timer = setTimeout(() => {
      finish();
      station.closeValve();
      reject(new Error(`station ${station.id} did not report full within ${timeoutMs}ms`));
    }, timeoutMs);

    station.addEventListener('full', onFull);
    station.addEventListener('fault', onFault);
    station.openValve(ml);
  });
}

export interface CaseReport {
  filled: FillResult[];
  underfilled: FillResult[];
}

export async function fillCase(
  station: FillStation,
  bottles: number,
  mlPerBottle: number,
): Promise<CaseReport> {
  const report: CaseReport = { filled: [], underfilled: [] };
  for (let i = 0; i < bottles; i++) {
    const result = await fillBottle(station, mlPerBottle);
    if (result.filledMl + TOLERANCE_ML < mlPerBottle) {
      report.underfilled.push(result);
    } else {
      report.filled.push(result);
    }
  }
  return report;
}
