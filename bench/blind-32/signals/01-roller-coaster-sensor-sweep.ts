// expect: require-signal-propagation
// sweepTrain passes its signal to the restraint and wheel checks but calls lapBarTelemetry without it, so an aborted sweep keeps that request running.
export interface RestraintState {
  seat: string;
  locked: boolean;
  lapBarAngleDeg: number;
}

export interface WheelAssembly {
  car: number;
  upstopGapMm: number;
  guideWheelWearMm: number;
}

export interface SweepReport {
  trainId: string;
  restraintsOk: boolean;
  wheelsOk: boolean;
  faults: string[];
  durationMs: number;
}

interface SweepOptions {
  signal: AbortSignal;
  controllerUrl: string;
}

declare const rideControl: {
  restraints(trainId: string, init: { signal?: AbortSignal }): Promise<RestraintState[]>;
  wheelAssemblies(trainId: string, init: { signal?: AbortSignal }): Promise<WheelAssembly[]>;
  holdDispatch(trainId: string, reason: string): Promise<void>;
};

const MAX_LAPBAR_ANGLE_DEG = 32;
const MAX_UPSTOP_GAP_MM = 6;
const MAX_GUIDE_WEAR_MM = 4;

function restraintFaults(states: RestraintState[], telemetry: Record<string, number>): string[] {
  const faults: string[] = [];
  for (const s of states) {
    if (!s.locked) faults.push(`seat ${s.seat}: restraint not locked`);
    const angle = telemetry[s.seat] ?? s.lapBarAngleDeg;
    if (angle > MAX_LAPBAR_ANGLE_DEG) faults.push(`seat ${s.seat}: lap bar at ${angle}°`);
  }
  return faults;
}

function wheelFaults(wheels: WheelAssembly[]): string[] {
  return wheels.flatMap((w) => {
    const out: string[] = [];
    if (w.upstopGapMm > MAX_UPSTOP_GAP_MM) out.push(`car ${w.car}: upstop gap ${w.upstopGapMm} mm`);
    if (w.guideWheelWearMm > MAX_GUIDE_WEAR_MM) out.push(`car ${w.car}: guide wheel wear ${w.guideWheelWearMm} mm`);
    return out;
  });
}

async function lapBarTelemetry(
  controllerUrl: string,
  trainId: string,
  signal?: AbortSignal,
): Promise<Record<string, number>> {
  const res = await fetch(`${controllerUrl}/trains/${encodeURIComponent(trainId)}/lapbars`, {
    headers: { accept: "application/json" },
    signal,
  });
  if (!res.ok) {
    throw new Error(`lap-bar telemetry for ${trainId} returned ${res.status}`);
  }
  return (await res.json()) as Record<string, number>;
}

export async function sweepTrain(trainId: string, { signal, controllerUrl }: SweepOptions): Promise<SweepReport> {
  const started = performance.now();
  signal.throwIfAborted();

  const [restraints, wheels, telemetry] = await Promise.all([
    rideControl.restraints(trainId, { signal }),
    rideControl.wheelAssemblies(trainId, { signal }),
    lapBarTelemetry(controllerUrl, trainId),
  ]);

  const rFaults = restraintFaults(restraints, telemetry);
  const wFaults = wheelFaults(wheels);
  const faults = [...rFaults, ...wFaults];

  if (faults.length > 0) {
    await rideControl.holdDispatch(trainId, faults.join("; "));
  }

  return {
    trainId,
    restraintsOk: rFaults.length === 0,
    wheelsOk: wFaults.length === 0,
    faults,
    durationMs: Math.round(performance.now() - started),
  };
}
