// expect: no-multiple-settle
// The async executor awaits the calibration lookup before wiring reject; if that lookup fails the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface Calibration {
  stationId: string;
  gain: number;
  offset: number;
  sampleRateHz: number;
}

export interface SeismicTrace {
  stationId: string;
  startedAt: number;
  sampleRateHz: number;
  velocities: Float64Array;
  peakVelocity: number;
}

export interface SeismoStation {
  id: string;
  feed: EventEmitter;
}

declare const calibrationStore: {
  fetch(stationId: string): Promise<Calibration>;
};

declare const alertBoard: {
  raise(level: 'advisory' | 'watch' | 'warning', message: string): void;
};

export function captureWindow(station: SeismoStation, durationMs: number): Promise<SeismicTrace> {
  return new Promise<SeismicTrace>(async (resolve, reject) => {
    const calibration = await calibrationStore.fetch(station.id);
    const startedAt = Date.now();
    const velocities: number[] = [];

    const onSample = (counts: number) => {
      velocities.push(counts * calibration.gain + calibration.offset);
    };
    const onError = (err: Error) => {
      clearTimeout(timer);
      station.feed.off('sample', onSample);
      reject(err);
    };
    const timer = setTimeout(() => {
      station.feed.off('sample', onSample);
      station.feed.off('error', onError);
      const data = Float64Array.from(velocities);
      const peakVelocity = data.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
      resolve({ stationId: station.id, startedAt, sampleRateHz: calibration.sampleRateHz, velocities: data, peakVelocity });
    }, durationMs);

    station.feed.on('sample', onSample);
    station.feed.once('error', onError);
  });
}

export function rsam(trace: SeismicTrace, windowSeconds = 10): number[] {
  const size = Math.max(1, Math.round(trace.sampleRateHz * windowSeconds));
  const out: number[] = [];
  for (let i = 0; i < trace.velocities.length; i += size) {
    const slice = trace.velocities.subarray(i, i + size);
    let sum = 0;
    for (const v of slice) sum += Math.abs(v);
    out.push(sum / slice.length);
  }
  return out;
}

export async function surveyNetwork(stations: SeismoStation[], durationMs: number): Promise<Map<string, number>> {
  const traces = await Promise.all(stations.map((s) => captureWindow(s, durationMs)));
  const peaks = new Map<string, number>();
  for (const trace of traces) {
    peaks.set(trace.stationId, trace.peakVelocity);
  }

  const elevated = traces.filter((t) => {
    const levels = rsam(t);
    const baseline = levels.slice(0, 3).reduce((a, b) => a + b, 0) / Math.max(1, Math.min(3, levels.length));
    return levels.some((level) => level > baseline * 4);
  });

  if (elevated.length >= Math.ceil(stations.length / 2)) {
    alertBoard.raise('watch', `Tremor amplitude rising at ${elevated.map((t) => t.stationId).join(', ')}`);
  } else if (elevated.length > 0) {
    alertBoard.raise('advisory', `Localized tremor at ${elevated[0].stationId}`);
  }
  return peaks;
}
