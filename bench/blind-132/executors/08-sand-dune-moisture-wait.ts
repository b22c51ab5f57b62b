// expect: none
// The polling interval is cleared on both the success and the timeout path before settling, so the promise settles exactly once.
export interface MoistureProbe {
  /** Volumetric water content (%) at the given depth, or undefined when the logger has no fresh sample. */
  latest(plotId: string, depthCm: number): number | undefined;
}

export interface IrrigationValve {
  open(plotId: string): void;
  close(plotId: string): void;
}

export interface MoistureTarget {
  plotId: string;
  depthCm: number;
  minVwcPct: number;
}

export class MoistureTimeoutError extends Error {
  constructor(readonly plotId: string, readonly last: number | undefined) {
    super(`plot ${plotId} stayed below target moisture (last ${last ?? 'n/a'}%)`);
    this.name = 'MoistureTimeoutError';
  }
}

export function waitForMoisture(
  probe: MoistureProbe,
  target: MoistureTarget,
  pollMs = 5_000,
  timeoutMs = 30 * 60_000,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const started = Date.now();
    let last: number | undefined;

    const timer = setInterval(() => {
      last = probe.latest(target.plotId, target.depthCm);
      if (last !== undefined && last >= target.minVwcPct) {
        clearInterval(timer);
        resolve(last);
        return;
      }
      if (Date.now() - started >= timeoutMs) {
        clearInterval(timer);
        reject(new MoistureTimeoutError(target.plotId, last));
      }
    }, pollMs);
  });
}

export async function establishMarramGrass(
  probe: MoistureProbe,
  valve: IrrigationValve,
  targets: readonly MoistureTarget[],
): Promise<Map<string, number>> {
  const reached = new Map<string, number>();
  for (const target of targets) {
    valve.open(target.plotId);
    try {
      reached.set(target.plotId, await waitForMoisture(probe, target));
    } finally {
      valve.close(target.plotId);
    }
  }
  return reached;
}

export function driestPlot(reached: Map<string, number>): string | undefined {
  let driest: string | undefined;
  let min = Infinity;
  for (const [plot, vwc] of reached) {
    if (vwc < min) {
      min = vwc;
      driest = plot;
    }
  }
  return driest;
}
