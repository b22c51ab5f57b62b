// expect: none
// Correct: the profile promise is memoized on purpose so concurrent batches await the same in-flight load; a rejected load is evicted so the next call starts a new one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface RoastProfile {
  beanOrigin: string;
  chargeTempC: number;
  firstCrackTargetSec: number;
  dropTempC: number;
  airflowCurve: number[];
}

interface BatchRequest {
  batchId: string;
  profileName: string;
  greenWeightKg: number;
}

declare const roaster: {
  preheat(tempC: number): Promise<void>;
  charge(weightKg: number): Promise<void>;
  runCurve(curve: number[], dropTempC: number): Promise<{ durationSec: number; lossPct: number }>;
};

export class RoastProfileLibrary {
  private readonly pending = new Map<string, Promise<RoastProfile>>();

  constructor(private readonly profileDir: string) {}

  load(name: string): Promise<RoastProfile> {
    let entry = this.pending.get(name);
    if (!entry) {
      entry = this.readProfile(name);
      entry.catch(() => this.pending.delete(name));
      this.pending.set(name, entry);
    }
    return entry;
  }

  private async readProfile(name: string): Promise<RoastProfile> {
    const file = path.join(this.profileDir, `${name}.json`);
    const raw = JSON.parse(await readFile(file, 'utf8')) as Partial<RoastProfile>;
    if (typeof raw.chargeTempC !== 'number' || !Array.isArray(raw.airflowCurve)) {
      throw new Error(`profile ${name} is missing charge temperature or airflow curve`);
    }
    return {
      beanOrigin: raw.beanOrigin ?? 'unknown',
      chargeTempC: raw.chargeTempC,
      firstCrackTargetSec: raw.firstCrackTargetSec ?? 540,
      dropTempC: raw.dropTempC ?? 212,
      airflowCurve: raw.airflowCurve,
    };
  }
}

export async function roastDay(library: RoastProfileLibrary, batches: BatchRequest[]) {
  // Warm every profile up front so a bad file fails the day before any beans go in.
  await Promise.all(batches.map((b) => library.load(b.profileName)));

  const log: Array<{ batchId: string; durationSec: number; lossPct: number }> = [];
  for (const batch of batches) {
    const profile = await library.load(batch.profileName);
    await roaster.preheat(profile.chargeTempC);
    await roaster.charge(batch.greenWeightKg);
    const result = await roaster.runCurve(profile.airflowCurve, profile.dropTempC);
    log.push({ batchId: batch.batchId, ...result });
  }
  return log;
}
