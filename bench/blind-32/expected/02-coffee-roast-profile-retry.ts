// expect: no-reused-settled-promise
// loadProfileWithRetry starts one download before the loop and re-awaits that same rejected promise on every retry instead of requesting the profile again.
import { setTimeout as sleep } from "node:timers/promises";

export interface RoastProfile {
  profileId: string;
  beanOrigin: string;
  chargeTempC: number;
  firstCrackTargetSec: number;
  dropTempC: number;
  curve: Array<{ t: number; beanTempC: number; airflowPct: number }>;
}

interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

declare const profileStore: {
  download(profileId: string): Promise<RoastProfile>;
};

declare const roasterPlc: {
  loadCurve(machineId: string, curve: RoastProfile["curve"]): Promise<void>;
  setChargeTemp(machineId: string, tempC: number): Promise<void>;
};

declare const logger: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const DEFAULT_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };

function backoff(policy: RetryPolicy, attempt: number): number {
  const exp = policy.baseDelayMs * 2 ** attempt;
  const jitter = Math.random() * policy.baseDelayMs;
  return Math.min(policy.maxDelayMs, exp + jitter);
}

function validateProfile(profile: RoastProfile): void {
  if (profile.curve.length < 2) {
    throw new Error(`profile ${profile.profileId} has no usable curve`);
  }
  if (profile.dropTempC <= profile.chargeTempC - 20) {
    throw new Error(`profile ${profile.profileId} drops colder than it charges`);
  }
}

async function loadProfileWithRetry(
  profileId: string,
  policy: RetryPolicy = DEFAULT_POLICY,
): Promise<RoastProfile> {
  let lastError: unknown;
  const download = profileStore.download(profileId);
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    try {
      const profile = await download;
      validateProfile(profile);
      return profile;
    } catch (err) {
      lastError = err;
      logger.warn("roast profile download failed", { profileId, attempt, error: String(err) });
      if (attempt < policy.attempts - 1) {
        await sleep(backoff(policy, attempt));
      }
    }
  }
  throw new Error(`could not load roast profile ${profileId}`, { cause: lastError });
}

export async function prepareBatch(machineId: string, profileId: string): Promise<RoastProfile> {
  const profile = await loadProfileWithRetry(profileId);
  await roasterPlc.setChargeTemp(machineId, profile.chargeTempC);
  await roasterPlc.loadCurve(machineId, profile.curve);
  return profile;
}

export function describeProfile(profile: RoastProfile): string {
  const minutes = Math.floor(profile.firstCrackTargetSec / 60);
  const seconds = String(profile.firstCrackTargetSec % 60).padStart(2, "0");
  return `${profile.beanOrigin}: charge ${profile.chargeTempC}°C, first crack ~${minutes}:${seconds}, drop ${profile.dropTempC}°C`;
}
