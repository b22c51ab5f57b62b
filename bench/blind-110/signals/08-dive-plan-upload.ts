// expect: none
// Ordinary failures are wrapped with a cause for context, but the catch first rethrows the original error when the signal is aborted, so cancellation still surfaces as an AbortError.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GasPlan {
  mix: string;
  volumeL: number;
  turnPressureBar: number;
}

export interface DivePlan {
  cave: string;
  team: string[];
  maxPenetrationM: number;
  maxDepthM: number;
  gases: GasPlan[];
  surfaceContact: string;
}

export interface UploadOptions {
  endpoint: string;
  token: string;
  signal: AbortSignal;
  attempts?: number;
}

function validate(plan: DivePlan): void {
  if (plan.team.length < 2) throw new Error('cave dives must be planned for a team of at least two');
  for (const g of plan.gases) {
    if (g.turnPressureBar <= 0) throw new Error(`gas ${g.mix} has no turn pressure`);
  }
  if (!plan.surfaceContact) throw new Error('a surface contact is required');
}

export async function uploadPlan(plan: DivePlan, opts: UploadOptions): Promise<string> {
  validate(plan);
  const { signal } = opts;
  const attempts = opts.attempts ?? 3;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(opts.endpoint, {
        method: 'POST',
        signal,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.token}` },
        body: JSON.stringify(plan),
      });
      if (res.status >= 500) throw new Error(`plan registry answered ${res.status}`);
      if (!res.ok) throw new Error(`plan rejected: ${await res.text()}`);
      const { planId } = (await res.json()) as { planId: string };
      return planId;
    } catch (err) {
      if (signal.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
      lastError = err;
      if (attempt === attempts || !(err instanceof Error && err.message.includes('answered 5'))) break;
      await sleep(1000 * attempt, undefined, { signal });
    }
  }
  throw new Error(`uploading plan for ${plan.cave} failed`, { cause: lastError });
}
