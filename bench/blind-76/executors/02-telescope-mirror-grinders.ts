// expect: none
// The write helper settles on 'finish' or 'error' and detaches both listeners, so every path settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';

export interface ZoneMeasurement {
  radiusMm: number;
  deviationNm: number;
  passes: number;
}

export interface GrindProfile {
  mirrorId: string;
  diameterMm: number;
  focalRatio: number;
  conicConstant: number;
  zones: ZoneMeasurement[];
}

declare const grinderLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
};

function endStream(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      reject(err);
    };
    stream.once('finish', onFinish);
    stream.once('error', onError);
    stream.end();
  });
}

function writeChunk(stream: WriteStream, line: string): Promise<void> {
  if (stream.write(line)) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('drain', onDrain);
      reject(err);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

function strehlEstimate(zones: ZoneMeasurement[], wavelengthNm = 550): number {
  if (zones.length === 0) return 0;
  const rms = Math.sqrt(zones.reduce((acc, z) => acc + z.deviationNm ** 2, 0) / zones.length);
  return Math.exp(-(((2 * Math.PI * rms) / wavelengthNm) ** 2));
}

export async function exportProfile(profile: GrindProfile, dir: string): Promise<string> {
  const finalPath = path.join(dir, `${profile.mirrorId}.csv`);
  const tmpPath = `${finalPath}.partial`;
  const stream = createWriteStream(tmpPath, { encoding: 'utf8' });

  try {
    await writeChunk(stream, `# mirror=${profile.mirrorId} d=${profile.diameterMm}mm f/${profile.focalRatio}\n`);
    await writeChunk(stream, `# conic=${profile.conicConstant}\n`);
    await writeChunk(stream, 'radius_mm,deviation_nm,passes\n');
    for (const zone of profile.zones) {
      await writeChunk(stream, `${zone.radiusMm.toFixed(2)},${zone.deviationNm.toFixed(1)},${zone.passes}\n`);
    }
    await endStream(stream);
  } catch (err) {
    stream.destroy();
    grinderLog.warn('profile export failed', { mirrorId: profile.mirrorId, err });
    throw err;
  }

  await rename(tmpPath, finalPath);
  const strehl = strehlEstimate(profile.zones);
  grinderLog.info('profile exported', { mirrorId: profile.mirrorId, strehl: strehl.toFixed(3) });
  if (strehl < 0.8) {
    grinderLog.warn('mirror below diffraction limit, schedule another figuring pass', {
      mirrorId: profile.mirrorId,
    });
  }
  return finalPath;
}
