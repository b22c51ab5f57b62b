// expect: no-multiple-settle
// The executor is async and awaits the calibration lookup first; if that lookup rejects, the returned promise never settles.
import { EventEmitter } from 'node:events';

export interface ProbeCalibration {
  tankId: string;
  port: string;
  gravityOffset: number;
  tempOffsetC: number;
}

export interface GravityReading {
  tankId: string;
  specificGravity: number;
  tempC: number;
  at: Date;
}

interface ProbePort extends EventEmitter {
  write(line: string): void;
  close(): void;
}

declare const calibrationStore: {
  get(tankId: string): Promise<ProbeCalibration>;
};

declare function openProbePort(path: string, baud: number): ProbePort;

declare const cellarLog: {
  debug(msg: string, meta?: Record<string, unknown>): void;
};

const READ_TIMEOUT_MS = 5000;

function parseProbeLine(line: string): { sg: number; tempC: number } | null {
  const match = /^SG=(\d\.\d{3,4});T=(-?\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!match) {
    return null;
  }
  return { sg: Number(match[1]), tempC: Number(match[2]) };
}

export function readGravity(tankId: string): Promise<GravityReading> {
  return new Promise<GravityReading>(async (resolve, reject) => {
    const calibration = await calibrationStore.get(tankId);
    const port = openProbePort(calibration.port, 9600);

    const finish = () => {
      clearTimeout(timer);
      port.off('line', onLine);
      port.off('error', onError);
      port.close();
    };
    const onLine = (line: string) => {
      const parsed = parseProbeLine(line);
      if (!parsed) {
        cellarLog.debug('ignoring probe chatter', { tankId, line });
        return;
      }
      finish();
      resolve({
        tankId,
        specificGravity: parsed.sg + calibration.gravityOffset,
        tempC: parsed.tempC + calibration.tempOffsetC,
        at: new Date(),
      });
    };
    const onError = (err: Error) => {
      finish();
      reject(err);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Probe on tank ${tankId} did not answer within ${READ_TIMEOUT_MS}ms`));
    }, READ_TIMEOUT_MS);

    port.on('line', onLine);
    port.on('error', onError);
    port.write('READ\r\n');
  });
}

export function apparentAttenuation(originalGravity: number, current: GravityReading): number {
  return ((originalGravity - current.specificGravity) / (originalGravity - 1)) * 100;
}

export async function isFermentationComplete(
  tankId: string,
  originalGravity: number,
  previous: GravityReading | undefined,
): Promise<{ complete: boolean; reading: GravityReading }> {
  const reading = await readGravity(tankId);
  const stable = previous !== undefined && Math.abs(previous.specificGravity - reading.specificGravity) < 0.001;
  const attenuated = apparentAttenuation(originalGravity, reading) >= 72;
  return { complete: stable && attenuated, reading };
}
