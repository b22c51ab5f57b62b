// expect: none
// Correct: the catch falls back to the cached roster only for network/HTTP failures; an AbortError is rethrown first, so cancelling the sync is never turned into stale data.
export interface Skater {
  number: string;
  derbyName: string;
  position: 'jammer' | 'blocker' | 'pivot';
  insuredUntil: string;
}

export interface Roster {
  teamId: string;
  fetchedAt: string;
  skaters: Skater[];
  stale: boolean;
}

declare const localCache: {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
};

const GOVERNING_BODY_API = 'https://api.flat-track.example.org/v3';

function isAbort(err: unknown): boolean {
  return err instanceof DOMException ? err.name === 'AbortError' : (err as Error)?.name === 'AbortError';
}

export async function syncRoster(teamId: string, signal: AbortSignal): Promise<Roster> {
  const key = `roster:${teamId}`;
  try {
    const res = await fetch(`${GOVERNING_BODY_API}/teams/${teamId}/roster`, { signal });
    if (!res.ok) throw new Error(`roster API ${res.status}`);
    const skaters = (await res.json()) as Skater[];
    const roster: Roster = { teamId, fetchedAt: new Date().toISOString(), skaters, stale: false };
    await localCache.set(key, JSON.stringify(roster));
    return roster;
  } catch (err) {
    if (isAbort(err) || signal.aborted) throw err;
    const cached = await localCache.get(key);
    if (!cached) throw err;
    console.warn(`roster sync for ${teamId} failed (${(err as Error).message}); using cached copy`);
    return { ...(JSON.parse(cached) as Roster), stale: true };
  }
}

export function eligibleForBout(roster: Roster, boutDate: string): Skater[] {
  return roster.skaters.filter((s) => s.insuredUntil >= boutDate);
}

export async function prepareBoutDay(teamIds: string[], boutDate: string, signal: AbortSignal) {
  const out: Record<string, { eligible: number; stale: boolean; jammers: string[] }> = {};
  for (const teamId of teamIds) {
    const roster = await syncRoster(teamId, signal);
    const eligible = eligibleForBout(roster, boutDate);
    if (eligible.length < 14) {
      console.warn(`${teamId}: only ${eligible.length} insured skaters for ${boutDate}`);
    }
    out[teamId] = {
      eligible: eligible.length,
      stale: roster.stale,
      jammers: eligible.filter((s) => s.position === 'jammer').map((s) => s.derbyName),
    };
  }
  return out;
}
