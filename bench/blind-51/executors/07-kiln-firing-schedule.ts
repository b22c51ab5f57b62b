// expect: no-multiple-settle
// fireBatch uses an async executor that awaits loadProfile before wiring resolve/reject; if that await rejects, the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface FiringProfile {
  glaze: string;
  segments: Array<{ targetC: number; rampCPerHour: number; holdMinutes: number }>;
}

export interface FiringReport {
  kilnId: string;
  batchId: string;
  peakC: number;
  minutes: number;
  cones: number[];
}

interface KilnController extends EventEmitter {
  program(profile: FiringProfile): void;
  start(batchId: string): void;
  abort(): void;
}

declare function loadProfile(glaze: string): Promise<FiringProfile>;
declare function controllerFor(kilnId: string): KilnController;

declare const studioLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_SAFE_C = 1_320;

function validateProfile(profile: FiringProfile): void {
  for (const segment of profile.segments) {
    if (segment.targetC > MAX_SAFE_C) {
      throw new RangeError(`segment target ${segment.targetC}°C exceeds kiln limit`);
    }
    if (segment.rampCPerHour <= 0) {
      throw new RangeError('ramp rate must be positive');
    }
  }
}

export function estimateMinutes(profile: FiringProfile, startC = 20): number {
  let current = startC;
  let minutes = 0;
  for (const segment of profile.segments) {
    minutes += (Math.abs(segment.targetC - current) / segment.rampCPerHour) * 60 + segment.holdMinutes;
    current = segment.targetC;
  }
  return Math.round(minutes);
}

export function fireBatch(kilnId: string, batchId: string, glaze: string): Promise<FiringReport> {
  return new Promise<FiringReport>(async (resolve, reject) => {
    const profile = await loadProfile(glaze);
    try {
      validateProfile(profile);
    } catch (err) {
      reject(err);
      return;
    }

    const kiln = controllerFor(kilnId);
    let peakC = 0;
    const started = Date.now();

    const onTemperature = (celsius: number) => {
      peakC = Math.max(peakC, celsius);
      if (celsius > MAX_SAFE_C + 15) {
        studioLog.warn('overtemperature, aborting', { kilnId, celsius });
        kiln.abort();
      }
    };
    const cleanup = () => {
      kiln.off('temperature', onTemperature);
      kiln.off('complete', onComplete);
      kiln.off('fault', onFault);
    };
    const onComplete = (cones: number[]) => {
      cleanup();
      resolve({ kilnId, batchId, peakC, minutes: Math.round((Date.now() - started) / 60_000), cones });
    };
    const onFault = (err: Error) => {
      cleanup();
      reject(err);
    };

    kiln.on('temperature', onTemperature);
    kiln.once('complete', onComplete);
    kiln.once('fault', onFault);
    kiln.program(profile);
    kiln.start(batchId);
    studioLog.info('firing started', { kilnId, batchId, glaze, estimateMinutes: estimateMinutes(profile) });
  });
}
