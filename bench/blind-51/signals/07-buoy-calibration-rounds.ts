// expect: require-signal-propagation
// calibrateFleet accepts options.signal but never checks it, so a cancelled calibration keeps running every remaining round against every buoy.
export interface BuoyOffsets {
  buoyId: string;
  pressureOffsetHpa: number;
  windDirOffsetDeg: number;
}

export interface CalibrationOptions {
  toleranceHpa: number;
  maxRounds: number;
  settleMs: number;
  signal?: AbortSignal;
}

export interface CalibrationReport {
  rounds: number;
  converged: string[];
  unconverged: string[];
  offsets: BuoyOffsets[];
}

declare const satelliteLink: {
  pressure(buoyId: string): Promise<number>;
  pushOffsets(offsets: BuoyOffsets): Promise<void>;
};
declare const shipBarometer: {
  referenceHpa(): Promise<number>;
};
declare const bridgeLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function emptyOffsets(buoyId: string): BuoyOffsets {
  return { buoyId, pressureOffsetHpa: 0, windDirOffsetDeg: 0 };
}

export async function calibrateFleet(buoyIds: string[], options: CalibrationOptions): Promise<CalibrationReport> {
  const offsets = new Map(buoyIds.map((id) => [id, emptyOffsets(id)]));
  let pending = new Set(buoyIds);
  let round = 0;

  while (pending.size > 0 && round < options.maxRounds) {
    round += 1;
    const reference = await shipBarometer.referenceHpa();
    const stillOff = new Set<string>();

    for (const buoyId of pending) {
      const current = offsets.get(buoyId)!;
      const raw = await satelliteLink.pressure(buoyId);
      const error = raw + current.pressureOffsetHpa - reference;
      if (Math.abs(error) <= options.toleranceHpa) continue;

      current.pressureOffsetHpa -= error * 0.8;
      await satelliteLink.pushOffsets(current);
      stillOff.add(buoyId);
    }

    bridgeLog.info('calibration round complete', { round, remaining: stillOff.size });
    pending = stillOff;
    if (pending.size > 0) await pause(options.settleMs);
  }

  return {
    rounds: round,
    converged: buoyIds.filter((id) => !pending.has(id)),
    unconverged: [...pending],
    offsets: [...offsets.values()],
  };
}

export function worstOffset(report: CalibrationReport): BuoyOffsets | undefined {
  return [...report.offsets].sort((a, b) => Math.abs(b.pressureOffsetHpa) - Math.abs(a.pressureOffsetHpa))[0];
}

export function describeReport(report: CalibrationReport): string {
  const worst = worstOffset(report);
  return [
    `calibration finished after ${report.rounds} round(s)`,
    `converged: ${report.converged.join(', ') || 'none'}`,
    `unconverged: ${report.unconverged.join(', ') || 'none'}`,
    worst ? `largest correction ${worst.pressureOffsetHpa.toFixed(2)} hPa on ${worst.buoyId}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
