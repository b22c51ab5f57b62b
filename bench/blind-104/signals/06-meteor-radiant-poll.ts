// expect: no-leaked-race
// withTimeout races the fetch against a timer it never clears and never aborts the losing request, so every successful poll leaves a 20-second timer alive (keeping the process from exiting) and every timed-out poll leaves its download running.
export interface RadiantObservation {
  shower: string;
  raDeg: number;
  decDeg: number;
  zhr: number;
  observedAt: string;
}

export interface Observatory {
  code: string;
  url: string;
}

const POLL_TIMEOUT_MS = 20_000;

function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([work, timeout]);
}

async function fetchObservation(obs: Observatory, shower: string): Promise<RadiantObservation> {
  const res = await fetch(`${obs.url}/radiants/${encodeURIComponent(shower)}/latest`);
  if (!res.ok) throw new Error(`${obs.code} answered ${res.status}`);
  return (await res.json()) as RadiantObservation;
}

export async function pollRadiants(observatories: Observatory[], shower: string) {
  const fresh: RadiantObservation[] = [];
  const failed: string[] = [];

  for (const obs of observatories) {
    try {
      fresh.push(await withTimeout(fetchObservation(obs, shower), POLL_TIMEOUT_MS, obs.code));
    } catch (err) {
      failed.push(`${obs.code}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  const best = fresh.reduce<RadiantObservation | null>((a, b) => (a && a.zhr >= b.zhr ? a : b), null);
  return { best, reporting: fresh.length, failed };
}

export function formatAlert(best: RadiantObservation | null): string {
  if (!best) return 'No observatory is reporting the radiant right now.';
  const hemisphere = best.decDeg >= 0 ? 'north' : 'south';
  return `${best.shower}: ZHR ${best.zhr}, radiant RA ${best.raDeg.toFixed(1)}°, Dec ${best.decDeg.toFixed(1)}° (${hemisphere})`;
}
