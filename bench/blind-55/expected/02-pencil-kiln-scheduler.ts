// expect: none
// Correct: function references are only handed to APIs that expect functions (retry, map, then, a job queue); every promise that is needed is produced by an actual call.
export interface KilnProfile {
  kilnId: string;
  graphiteMix: "HB" | "2B" | "4H";
  peakCelsius: number;
  soakMinutes: number;
}

export interface FiringJob {
  kilnId: string;
  trayIds: string[];
}

declare function loadKilnProfile(kilnId: string): Promise<KilnProfile>;
declare const kilnApi: {
  readTemperature(kilnId: string): Promise<number>;
  startFiring(job: FiringJob, profile: KilnProfile): Promise<{ runId: string }>;
};
declare const jobQueue: {
  add(name: string, task: () => Promise<unknown>): void;
};
declare const plantLog: { warn(msg: string, data?: object): void };

export async function retry<T>(task: () => Promise<T>, attempts = 3, baseDelayMs = 250): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      plantLog.warn("kiln call failed", { attempt, err: String(err) });
      await new Promise<void>((resolve) => setTimeout(resolve, baseDelayMs * 2 ** attempt));
    }
  }
  throw lastError;
}

function withSafetyMargin(profile: KilnProfile): KilnProfile {
  return { ...profile, peakCelsius: Math.min(profile.peakCelsius, 1_050) };
}

export class KilnScheduler {
  constructor(private readonly kilnIds: string[]) {}

  async loadAllProfiles(): Promise<KilnProfile[]> {
    return Promise.all(this.kilnIds.map(loadKilnProfile));
  }

  async coolEnough(kilnId: string, maxCelsius = 60): Promise<boolean> {
    const celsius = await retry(() => kilnApi.readTemperature(kilnId));
    return celsius <= maxCelsius;
  }

  private async fire(job: FiringJob): Promise<string> {
    const profile = await loadKilnProfile(job.kilnId).then(withSafetyMargin);
    const { runId } = await retry(() => kilnApi.startFiring(job, profile));
    return runId;
  }

  enqueue(job: FiringJob): void {
    jobQueue.add(`fire:${job.kilnId}`, this.fire.bind(this, job));
  }

  async scheduleShift(jobs: FiringJob[]): Promise<string[]> {
    const skipped: string[] = [];
    for (const job of jobs) {
      if (await this.coolEnough(job.kilnId)) {
        this.enqueue(job);
      } else {
        skipped.push(job.kilnId);
      }
    }
    return skipped;
  }
}
