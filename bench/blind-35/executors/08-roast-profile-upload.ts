// expect: none
// onProgress fires many times but only reports; the single onDone callback settles once, returning right after each reject.
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';

export interface RoastProfile {
  name: string;
  origin: string;
  chargeTempC: number;
  dropTempC: number;
  curve: Array<{ second: number; beanTempC: number; gasPercent: number; airflowPercent: number }>;
}

export interface UploadReceipt {
  machineId: string;
  profileName: string;
  checksum: string;
  bytes: number;
}

declare const roasterController: {
  uploadProfile(
    machineId: string,
    payload: Buffer,
    handlers: {
      onProgress(sentBytes: number, totalBytes: number): void;
      onDone(err: Error | null, checksum?: string): void;
    },
  ): void;
};

declare const roasteryLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

export function validateProfile(profile: RoastProfile): string[] {
  const problems: string[] = [];
  if (profile.curve.length < 2) problems.push('curve needs at least two points');
  if (profile.dropTempC <= profile.chargeTempC - 60) problems.push('drop temperature implausibly low');
  for (let i = 1; i < profile.curve.length; i++) {
    if (profile.curve[i].second <= profile.curve[i - 1].second) {
      problems.push(`curve point ${i} is not after point ${i - 1}`);
    }
  }
  for (const point of profile.curve) {
    if (point.gasPercent < 0 || point.gasPercent > 100) problems.push(`gas ${point.gasPercent}% out of range`);
  }
  return problems;
}

export function encodeProfile(profile: RoastProfile): Buffer {
  return Buffer.from(JSON.stringify({ v: 2, ...profile }), 'utf8');
}

export function sendToRoaster(
  machineId: string,
  profile: RoastProfile,
  onPercent: (percent: number) => void = () => {},
): Promise<UploadReceipt> {
  const payload = encodeProfile(profile);
  const expected = createHash('sha256').update(payload).digest('hex').slice(0, 16);
  return new Promise<UploadReceipt>((resolve, reject) => {
    let lastPercent = -1;
    roasterController.uploadProfile(machineId, payload, {
      onProgress(sent, total) {
        const percent = Math.floor((sent / total) * 100);
        if (percent !== lastPercent) {
          lastPercent = percent;
          onPercent(percent);
        }
      },
      onDone(err, checksum) {
        if (err) {
          reject(err);
          return;
        }
        if (checksum !== expected) {
          reject(new Error(`checksum mismatch on ${machineId}: sent ${expected}, roaster stored ${checksum ?? 'nothing'}`));
          return;
        }
        resolve({ machineId, profileName: profile.name, checksum, bytes: payload.length });
      },
    });
  });
}

export async function uploadFromFile(machineId: string, path: string): Promise<UploadReceipt> {
  const profile = JSON.parse(await readFile(path, 'utf8')) as RoastProfile;
  const problems = validateProfile(profile);
  if (problems.length > 0) {
    throw new Error(`profile ${profile.name} rejected: ${problems.join('; ')}`);
  }
  const receipt = await sendToRoaster(machineId, profile, (p) => {
    if (p % 25 === 0) roasteryLog.info('profile upload progress', { machineId, percent: p });
  });
  roasteryLog.info('profile stored on roaster', { ...receipt });
  return receipt;
}
