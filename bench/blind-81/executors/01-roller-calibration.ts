// expect: no-multiple-settle
// readPassSample arms a timeout it never clears, so after a pass resolves the promise the timer still fires and rejects it again.
import { EventEmitter } from 'node:events';

export interface RollerPass {
  rollerId: string;
  strip: 'north' | 'south' | 'centre';
  compactionKpa: number;
  speedKmh: number;
  recordedAt: number;
}

export interface CalibrationResult {
  rollerId: string;
  passes: RollerPass[];
  meanKpa: number;
  spreadKpa: number;
  withinTolerance: boolean;
}

declare const groundsBus: EventEmitter;
declare function sendRollerCommand(rollerId: string, command: 'sample' | 'park' | 'zero'): void;
declare const groundsLog: {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
};

const SAMPLE_TIMEOUT_MS = 8_000;
const TARGET_KPA = 310;
const TOLERANCE_KPA = 18;
const MAX_SPEED_KMH = 6;

function readPassSample(rollerId: string): Promise<RollerPass> {
  return new Promise<RollerPass>((resolve, reject) => {
    const detach = () => {
      groundsBus.off('pass', onPass);
      groundsBus.off('fault', onFault);
    };
    const onPass = (pass: RollerPass) => {
      if (pass.rollerId !== rollerId) return;
      detach();
      resolve(pass);
    };
    const onFault = (faultRollerId: string, reason: string) => {
      if (faultRollerId !== rollerId) return;
      detach();
      reject(new Error(`roller ${rollerId} reported a fault: ${reason}`));
    };

    setTimeout(() => {
      detach();
      reject(new Error(`roller ${rollerId} sent no pass within ${SAMPLE_TIMEOUT_MS}ms`));
    }, SAMPLE_TIMEOUT_MS);

    groundsBus.on('pass', onPass);
    groundsBus.on('fault', onFault);
    sendRollerCommand(rollerId, 'sample');
  });
}

function summarise(rollerId: string, passes: RollerPass[]): CalibrationResult {
  const values = passes.map((p) => p.compactionKpa);
  const meanKpa = values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);
  const spreadKpa = values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
  return {
    rollerId,
    passes,
    meanKpa: Math.round(meanKpa * 10) / 10,
    spreadKpa,
    withinTolerance: Math.abs(meanKpa - TARGET_KPA) <= TOLERANCE_KPA && spreadKpa <= TOLERANCE_KPA * 2,
  };
}

export async function calibrateRoller(rollerId: string, samples = 5): Promise<CalibrationResult> {
  sendRollerCommand(rollerId, 'zero');
  const passes: RollerPass[] = [];
  try {
    while (passes.length < samples) {
      const pass = await readPassSample(rollerId);
      if (pass.speedKmh > MAX_SPEED_KMH) {
        groundsLog.warn('discarding pass taken above calibration speed', {
          rollerId,
          speedKmh: pass.speedKmh,
        });
        continue;
      }
      passes.push(pass);
    }
  } finally {
    sendRollerCommand(rollerId, 'park');
  }
  const result = summarise(rollerId, passes);
  groundsLog.info('roller calibrated', { rollerId, meanKpa: result.meanKpa, ok: result.withinTolerance });
  return result;
}

export async function calibrateFleet(rollerIds: readonly string[]): Promise<Map<string, CalibrationResult>> {
  const results = new Map<string, CalibrationResult>();
  // Rollers share the pitch, so they are sampled one at a time.
  for (const rollerId of rollerIds) {
    results.set(rollerId, await calibrateRoller(rollerId));
  }
  return results;
}
