// expect: no-swallowed-abort
// uploadRecipe's retry loop catches every error, including the AbortError from its own signal, so a cancelled upload is retried and finally reported as a generic failure.
import { setTimeout as delay } from 'node:timers/promises';

export interface DipProfile {
  lineId: string;
  product: 'taper' | 'pillar' | 'birthday' | 'altar';
  dips: number;
  dwellMs: number;
  waxBlend: { paraffin: number; beeswax: number; stearin: number };
}

class RecipeRejected extends Error {
  constructor(readonly status: number, detail: string) {
    super(`line controller rejected recipe (${status}): ${detail}`);
  }
}

declare const plantLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const CONTROLLER_URL = process.env.DIP_CONTROLLER_URL ?? 'http://dip-line.plant.local';
const MAX_ATTEMPTS = 4;

export function validateBlend(profile: DipProfile): string[] {
  const { paraffin, beeswax, stearin } = profile.waxBlend;
  const problems: string[] = [];
  if (Math.abs(paraffin + beeswax + stearin - 1) > 0.001) problems.push('blend fractions must sum to 1');
  // altar candles need at least half beeswax by liturgical custom
  if (profile.product === 'altar' && beeswax < 0.51) problems.push('altar candles need >51% beeswax');
  if (stearin > 0.3) problems.push('more than 30% stearin makes tapers brittle');
  if (profile.dips < 8 || profile.dips > 60) problems.push(`dip count ${profile.dips} out of range`);
  return problems;
}

export async function uploadRecipe(profile: DipProfile, signal: AbortSignal): Promise<string> {
  const problems = validateBlend(profile);
  if (problems.length > 0) throw new RecipeRejected(422, problems.join('; '));

  let lastError: unknown;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      if (attempt > 0) {
        await delay(500 * 2 ** attempt, undefined, { signal });
      }
      const res = await fetch(`${CONTROLLER_URL}/lines/${profile.lineId}/recipe`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(profile),
        signal,
      });
      if (res.status >= 400 && res.status < 500) {
        throw new RecipeRejected(res.status, await res.text());
      }
      if (!res.ok) {
        throw new Error(`controller returned ${res.status}`);
      }
      const { revision } = (await res.json()) as { revision: string };
      return revision;
    } catch (err) {
      if (err instanceof RecipeRejected) throw err;
      lastError = err;
      plantLog.warn('recipe upload attempt failed', { lineId: profile.lineId, attempt, err: String(err) });
    }
  }
  throw new Error(`could not upload recipe to line ${profile.lineId} after ${MAX_ATTEMPTS} attempts`, {
    cause: lastError,
  });
}
