// expect: none
// The cure wait settles once on 'cured', 'sensorfault' or timeout; every path aborts the listener controller and clears the timer.
export interface CureReading {
  patchId: string;
  shoreHardness: number;
  surfaceTempC: number;
}

export interface PatchJob {
  patchId: string;
  skirtSegment: number;
  adhesive: 'neoprene-contact' | 'polyurethane-2k';
  areaCm2: number;
}

declare const cureSensorBus: EventTarget & {
  arm(patchId: string, targetShore: number): void;
  disarm(patchId: string): void;
};

declare const hangarBoard: {
  markSegmentServiceable(segment: number, patchId: string): Promise<void>;
  flagSegment(segment: number, reason: string): Promise<void>;
};

const TARGET_SHORE: Record<PatchJob['adhesive'], number> = {
  'neoprene-contact': 60,
  'polyurethane-2k': 75,
};

const CURE_BUDGET_MS: Record<PatchJob['adhesive'], number> = {
  'neoprene-contact': 20 * 60_000,
  'polyurethane-2k': 45 * 60_000,
};

export class CureTimeoutError extends Error {
  constructor(readonly patchId: string, readonly lastShore: number | undefined) {
    super(`patch ${patchId} did not cure in time (last shore ${lastShore ?? 'n/a'})`);
    this.name = 'CureTimeoutError';
  }
}

export function waitForCure(job: PatchJob): Promise<CureReading> {
  const target = TARGET_SHORE[job.adhesive];
  return new Promise<CureReading>((resolve, reject) => {
    const listeners = new AbortController();
    let lastShore: number | undefined;

    const done = () => {
      listeners.abort();
      clearTimeout(timer);
      cureSensorBus.disarm(job.patchId);
    };

    const timer = setTimeout(() => {
      done();
      reject(new CureTimeoutError(job.patchId, lastShore));
    }, CURE_BUDGET_MS[job.adhesive]);

    cureSensorBus.addEventListener(
      'reading',
      (event) => {
        const reading = (event as CustomEvent<CureReading>).detail;
        if (reading.patchId === job.patchId) lastShore = reading.shoreHardness;
      },
      { signal: listeners.signal },
    );
    cureSensorBus.addEventListener(
      'cured',
      (event) => {
        const reading = (event as CustomEvent<CureReading>).detail;
        if (reading.patchId !== job.patchId) return;
        done();
        resolve(reading);
      },
      { signal: listeners.signal },
    );
    cureSensorBus.addEventListener(
      'sensorfault',
      (event) => {
        const detail = (event as CustomEvent<{ patchId: string; message: string }>).detail;
        if (detail.patchId !== job.patchId) return;
        done();
        reject(new Error(`cure sensor fault on ${job.patchId}: ${detail.message}`));
      },
      { signal: listeners.signal },
    );

    try {
      cureSensorBus.arm(job.patchId, target);
    } catch (err) {
      done();
      reject(err);
    }
  });
}

export async function completePatch(job: PatchJob): Promise<boolean> {
  try {
    const reading = await waitForCure(job);
    if (reading.surfaceTempC > 50) {
      await hangarBoard.flagSegment(job.skirtSegment, 'cured hot, inspect for blistering');
      return false;
    }
    await hangarBoard.markSegmentServiceable(job.skirtSegment, job.patchId);
    return true;
  } catch (err) {
    if (!(err instanceof CureTimeoutError)) throw err;
    await hangarBoard.flagSegment(job.skirtSegment, err.message);
    return false;
  }
}
