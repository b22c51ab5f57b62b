// expect: none
// correct: the execFile callback fires once, and the cached branch returns right after resolving, so the executor settles exactly once on every path.
import { execFile } from 'node:child_process';

export interface CureProfile {
  adhesive: 'pva' | 'hide-glue' | 'casein';
  minutesToHandle: number;
  minutesToFullCure: number;
  humidityFactor: number;
}

export interface HotelBatch {
  batchId: string;
  adhesive: CureProfile['adhesive'];
  tubeCount: number;
  bambooTubes: boolean;
}

declare const workshopClimate: {
  relativeHumidity(): number;
};

const CURE_TOOL = '/usr/local/bin/cure-calc';
const profileCache = new Map<string, CureProfile>();

function cacheKey(adhesive: string, humidity: number): string {
  return `${adhesive}@${Math.round(humidity / 5) * 5}`;
}

export function loadCureProfile(adhesive: CureProfile['adhesive'], humidity: number): Promise<CureProfile> {
  return new Promise<CureProfile>((resolve, reject) => {
    const key = cacheKey(adhesive, humidity);
    const cached = profileCache.get(key);
    if (cached) {
      resolve(cached);
      return;
    }

    execFile(
      CURE_TOOL,
      ['--adhesive', adhesive, '--rh', String(humidity), '--json'],
      { timeout: 5_000, maxBuffer: 64 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new Error(`cure-calc failed for ${adhesive}: ${stderr.trim() || err.message}`));
          return;
        }
        try {
          const profile = JSON.parse(stdout) as CureProfile;
          profileCache.set(key, profile);
          resolve(profile);
        } catch (parseError) {
          reject(parseError);
        }
      },
    );
  });
}

export async function scheduleClamping(batches: HotelBatch[]): Promise<Array<{ batchId: string; releaseAt: Date }>> {
  const humidity = workshopClimate.relativeHumidity();
  const schedule: Array<{ batchId: string; releaseAt: Date }> = [];
  let clock = Date.now();

  for (const batch of batches) {
    const profile = await loadCureProfile(batch.adhesive, humidity);
    const tubePenalty = batch.bambooTubes ? 1.15 : 1;
    const minutes = profile.minutesToHandle * profile.humidityFactor * tubePenalty;
    clock += Math.ceil(minutes) * 60_000;
    schedule.push({ batchId: batch.batchId, releaseAt: new Date(clock) });
  }

  return schedule;
}
