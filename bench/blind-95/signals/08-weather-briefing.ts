// expect: no-swallowed-abort
// The catch wraps every failure, including the AbortError from the pilot cancelling the briefing, into a BriefingUnavailableError, so a cancelled request is reported as a weather-service outage and triggers the scrub-all-flights alert.
export interface WindsAloft {
  altitudeFt: number;
  directionDeg: number;
  speedKts: number;
}

export interface Briefing {
  site: string;
  issuedAt: string;
  surfaceWindKts: number;
  gustKts: number;
  cloudBaseFt: number;
  windsAloft: WindsAloft[];
}

export class BriefingUnavailableError extends Error {
  override name = 'BriefingUnavailableError';
}

export interface OpsChannel {
  alert(message: string): Promise<void>;
}

const MET_URL = 'https://aviation-met.example.eu/v1/briefings/balloon';

export async function fetchBriefing(site: string, signal: AbortSignal): Promise<Briefing> {
  try {
    const res = await fetch(`${MET_URL}?site=${encodeURIComponent(site)}&hours=3`, {
      signal,
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`met service responded ${res.status}`);
    return (await res.json()) as Briefing;
  } catch (err) {
    throw new BriefingUnavailableError(`weather briefing for ${site} unavailable`, { cause: err });
  }
}

export function launchable(b: Briefing): { ok: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (b.surfaceWindKts > 8) reasons.push(`surface wind ${b.surfaceWindKts} kt`);
  if (b.gustKts - b.surfaceWindKts > 5) reasons.push(`gust spread ${b.gustKts - b.surfaceWindKts} kt`);
  if (b.cloudBaseFt < 1_500) reasons.push(`cloud base ${b.cloudBaseFt} ft`);
  return { ok: reasons.length === 0, reasons };
}

export async function dawnGoNoGo(site: string, ops: OpsChannel, signal: AbortSignal): Promise<boolean> {
  let briefing: Briefing;
  try {
    briefing = await fetchBriefing(site, signal);
  } catch (err) {
    if (err instanceof BriefingUnavailableError) {
      await ops.alert(`${site}: no weather briefing available – all dawn flights scrubbed`);
      return false;
    }
    throw err;
  }

  const verdict = launchable(briefing);
  if (!verdict.ok) await ops.alert(`${site}: no-go (${verdict.reasons.join('; ')})`);
  return verdict.ok;
}
