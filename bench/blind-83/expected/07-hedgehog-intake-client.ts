// expect: none
// withRetry calls the operation afresh on each attempt, and the one intentionally shared promise (the config memo) is cleared when it rejects.
import { setTimeout as delay } from 'node:timers/promises';

interface RescueConfig {
  maxPatients: number;
  quarantineDays: number;
  releaseMinWeightG: number;
}

interface IntakeRecord {
  id: string;
  finder: string;
  weightG: number;
  foundAt: string;
  condition: 'hypothermic' | 'injured' | 'underweight' | 'orphaned';
}

declare const rescueApi: {
  config(): Promise<RescueConfig>;
  admit(record: Omit<IntakeRecord, 'id'>): Promise<IntakeRecord>;
  patientCount(): Promise<number>;
};

async function withRetry<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await delay(200 * attempt);
    }
  }
  throw lastError;
}

export class HedgehogIntake {
  private configPromise: Promise<RescueConfig> | undefined;

  private config(): Promise<RescueConfig> {
    this.configPromise ??= withRetry(() => rescueApi.config()).catch((err: unknown) => {
      this.configPromise = undefined;
      throw err;
    });
    return this.configPromise;
  }

  async canAdmit(): Promise<boolean> {
    const [cfg, count] = await Promise.all([this.config(), withRetry(() => rescueApi.patientCount())]);
    return count < cfg.maxPatients;
  }

  async admit(record: Omit<IntakeRecord, 'id'>): Promise<IntakeRecord> {
    if (!(await this.canAdmit())) {
      throw new Error('rescue is at capacity; refer finder to the regional hub');
    }
    return withRetry(() => rescueApi.admit(record), 2);
  }

  async releaseDate(record: IntakeRecord): Promise<Date> {
    const cfg = await this.config();
    const found = new Date(record.foundAt);
    const gramsToGain = Math.max(0, cfg.releaseMinWeightG - record.weightG);
    const daysToGain = Math.ceil(gramsToGain / 8);
    const days = Math.max(cfg.quarantineDays, daysToGain);
    return new Date(found.getTime() + days * 86_400_000);
  }
}

export function triagePriority(record: Pick<IntakeRecord, 'condition' | 'weightG'>): number {
  const base = { hypothermic: 4, injured: 3, orphaned: 2, underweight: 1 }[record.condition];
  return record.weightG < 300 ? base + 2 : base;
}
