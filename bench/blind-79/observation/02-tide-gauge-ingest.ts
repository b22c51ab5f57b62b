// expect: none
// Correct: the calibration fetch starts early but gets a handler at once, and its failure is still surfaced by the later await of the same promise.
interface RawTideFrame {
  stationId: string;
  epochS: number;
  pressureDbar: number;
  waterTempC: number;
}

interface Calibration {
  stationId: string;
  datumOffsetM: number;
  densityKgM3: number;
  validFrom: number;
}

interface TideLevel {
  stationId: string;
  at: Date;
  levelM: number;
}

declare const calibrationApi: { current(stationId: string): Promise<Calibration> };
declare const frameQueue: { take(stationId: string, max: number): Promise<RawTideFrame[]>; ack(ids: number[]): Promise<void> };
declare const timeseries: { write(rows: TideLevel[]): Promise<void> };
declare const opsLog: { warn(msg: string, extra?: unknown): void };

const G = 9.80665;

function toLevel(frame: RawTideFrame, cal: Calibration): TideLevel {
  const pascals = frame.pressureDbar * 10_000;
  return {
    stationId: frame.stationId,
    at: new Date(frame.epochS * 1000),
    levelM: pascals / (cal.densityKgM3 * G) - cal.datumOffsetM,
  };
}

export async function ingestStation(stationId: string, batch = 500): Promise<number> {
  const calibration = calibrationApi.current(stationId);
  calibration.catch((err) => opsLog.warn(`calibration lookup failed for ${stationId}`, err));

  const frames = await frameQueue.take(stationId, batch);
  if (frames.length === 0) return 0;

  const cal = await calibration;
  const usable = frames.filter((f) => f.epochS >= cal.validFrom);
  if (usable.length < frames.length) {
    opsLog.warn(`${stationId}: ${frames.length - usable.length} frames predate calibration`);
  }

  const levels = usable.map((f) => toLevel(f, cal));
  await timeseries.write(levels);
  await frameQueue.ack(frames.map((f) => f.epochS));
  return levels.length;
}

export async function ingestNetwork(stationIds: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const id of stationIds) {
    counts[id] = await ingestStation(id);
  }
  return counts;
}

export function surgeResidual(observed: readonly TideLevel[], predictedM: (at: Date) => number): number[] {
  return observed.map((o) => Number((o.levelM - predictedM(o.at)).toFixed(3)));
}
