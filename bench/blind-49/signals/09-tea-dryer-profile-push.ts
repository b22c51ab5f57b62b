// expect: none
// Failed pushes are retried only when the error is not an abort; once the caller's signal fires, its reason is rethrown as-is and the backoff sleep also observes the signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DryingProfile {
  dryerId: string;
  grade: 'orthodox' | 'CTC' | 'green' | 'white';
  stages: Array<{ inletC: number; minutes: number; fanPercent: number }>;
}

export interface PushReceipt {
  dryerId: string;
  revision: number;
  acceptedAt: string;
}

declare const factoryNet: {
  controllerUrl(dryerId: string): string;
};

declare const shiftLog: {
  warn(msg: string, fields?: Record<string, unknown>): void;
};

export class ProfileRejectedError extends Error {
  constructor(readonly dryerId: string, readonly detail: string) {
    super(`dryer ${dryerId} rejected profile: ${detail}`);
    this.name = 'ProfileRejectedError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

function validate(profile: DryingProfile): string | undefined {
  if (profile.stages.length === 0) return 'profile has no stages';
  for (const [i, stage] of profile.stages.entries()) {
    if (stage.inletC > 130) return `stage ${i + 1} inlet ${stage.inletC} C exceeds 130 C`;
    if (stage.fanPercent < 20) return `stage ${i + 1} fan ${stage.fanPercent}% risks stewing the leaf`;
  }
  const total = profile.stages.reduce((sum, s) => sum + s.minutes, 0);
  if (profile.grade === 'white' && total > 0 && profile.stages.some((s) => s.inletC > 45)) {
    return 'white tea must be withered below 45 C';
  }
  return undefined;
}

async function pushOnce(profile: DryingProfile, signal: AbortSignal): Promise<PushReceipt> {
  const res = await fetch(`${factoryNet.controllerUrl(profile.dryerId)}/profile`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(profile),
    signal,
  });
  if (res.status === 422) throw new ProfileRejectedError(profile.dryerId, await res.text());
  if (!res.ok) throw new Error(`controller for ${profile.dryerId} answered ${res.status}`);
  return (await res.json()) as PushReceipt;
}

export async function pushProfile(profile: DryingProfile, signal: AbortSignal, attempts = 4): Promise<PushReceipt> {
  const problem = validate(profile);
  if (problem) throw new ProfileRejectedError(profile.dryerId, problem);

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await pushOnce(profile, signal);
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      if (isAbort(err) || err instanceof ProfileRejectedError) throw err;
      lastError = err;
      shiftLog.warn('profile push failed; retrying', { dryer: profile.dryerId, attempt, err: String(err) });
      if (attempt < attempts) await sleep(500 * attempt, undefined, { signal });
    }
  }
  throw new Error(`profile push to ${profile.dryerId} failed after ${attempts} attempts`, { cause: lastError });
}
