// expect: no-multiple-settle
// The executor is async and awaits loadCalibration before wiring resolve/reject, so if that call rejects the returned promise never settles.

export interface HumiditySample {
  roomId: string;
  relativeHumidity: number;
  tempC: number;
  at: number;
}

interface RawSample {
  roomId: string;
  rawRh: number;
  rawTemp: number;
  at: number;
}

interface Calibration {
  rhOffset: number;
  rhGain: number;
  tempOffset: number;
}

declare const sensors: {
  loadCalibration(roomId: string): Promise<Calibration>;
  subscribe(roomId: string, listener: (sample: RawSample) => void): () => void;
};

declare const humidifiers: {
  setTarget(roomId: string, rh: number): Promise<void>;
};

export interface StabilityOptions {
  toleranceRh: number;
  windowSize: number;
  timeoutMs: number;
}

function applyCalibration(raw: RawSample, cal: Calibration): HumiditySample {
  return {
    roomId: raw.roomId,
    relativeHumidity: raw.rawRh * cal.rhGain + cal.rhOffset,
    tempC: raw.rawTemp + cal.tempOffset,
    at: raw.at,
  };
}

function isStable(window: HumiditySample[], target: number, tolerance: number): boolean {
  return window.every((s) => Math.abs(s.relativeHumidity - target) <= tolerance);
}

export function waitForStableHumidity(
  roomId: string,
  targetRh: number,
  opts: StabilityOptions,
): Promise<HumiditySample> {
  return new Promise(async (resolve, reject) => {
    const calibration = await sensors.loadCalibration(roomId);
    const window: HumiditySample[] = [];
    const timer = setTimeout(() => {
      unsubscribe();
      const last = window.at(-1);
      reject(new Error(`room ${roomId} did not settle at ${targetRh}% RH (last ${last?.relativeHumidity.toFixed(1) ?? 'n/a'})`));
    }, opts.timeoutMs);
    const unsubscribe = sensors.subscribe(roomId, (raw) => {
      window.push(applyCalibration(raw, calibration));
      if (window.length > opts.windowSize) window.shift();
      if (window.length === opts.windowSize && isStable(window, targetRh, opts.toleranceRh)) {
        clearTimeout(timer);
        unsubscribe();
        resolve(window[window.length - 1]);
      }
    });
  });
}

export async function prepareVarnishRoom(roomId: string): Promise<HumiditySample> {
  const target = 45;
  await humidifiers.setTarget(roomId, target);
  return waitForStableHumidity(roomId, target, { toleranceRh: 1.5, windowSize: 12, timeoutMs: 20 * 60_000 });
}

export function woodMovementRisk(sample: HumiditySample): 'low' | 'moderate' | 'high' {
  if (sample.relativeHumidity < 35 || sample.relativeHumidity > 65) return 'high';
  if (sample.relativeHumidity < 40 || sample.relativeHumidity > 55) return 'moderate';
  return 'low';
}
