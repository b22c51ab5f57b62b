// expect: no-swallowed-abort
// submitBlend's retry loop catches every failure, including the AbortError that fetch or the backoff sleep throws when the operator cancels, and retries it, so a cancelled blend burns through its attempts and finally reports a generic "blend failed" error instead of the cancellation.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Formula {
  name: string;
  concentration: 'EDP' | 'EDT' | 'parfum';
  notes: { top: Record<string, number>; heart: Record<string, number>; base: Record<string, number> };
}

export interface BlendTicket {
  ticket: string;
  vessel: number;
  etaMinutes: number;
}

export class BlendRejectedError extends Error {
  constructor(readonly formula: string, readonly reason: string) {
    super(`blend ${formula} rejected by mixing station: ${reason}`);
    this.name = 'BlendRejectedError';
  }
}

function totalPct(f: Formula): number {
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return sum(f.notes.top) + sum(f.notes.heart) + sum(f.notes.base);
}

export async function submitBlend(
  stationUrl: string,
  formula: Formula,
  opts: { signal: AbortSignal; attempts?: number },
): Promise<BlendTicket> {
  const { signal, attempts = 3 } = opts;
  if (Math.abs(totalPct(formula) - 100) > 0.05) {
    throw new BlendRejectedError(formula.name, 'note percentages must total 100');
  }

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      if (attempt > 1) await sleep(1_000 * (attempt - 1), undefined, { signal });
      const res = await fetch(`${stationUrl}/blends`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(formula),
        signal,
      });
      if (res.status === 422) {
        const { reason } = (await res.json()) as { reason: string };
        throw new BlendRejectedError(formula.name, reason);
      }
      if (!res.ok) throw new Error(`mixing station answered ${res.status}`);
      return (await res.json()) as BlendTicket;
    } catch (err) {
      if (err instanceof BlendRejectedError) throw err;
      lastError = err;
    }
  }
  throw new Error(`blend ${formula.name} failed after ${attempts} attempts`, { cause: lastError });
}
