// expect: require-signal-propagation
// loadHeatRoster passes its signal to the entry-list fetch but calls fetchAthlete, which accepts a signal, without it, so aborting the roster leaves every per-athlete request running.
export interface HeatEntry {
  heatId: string;
  athleteId: string;
  drawOrder: number;
}

export interface Athlete {
  id: string;
  name: string;
  clan: string;
  bestClock: number | null;
  weightClass: 'open' | 'masters' | 'lightweight';
}

export interface RosterLine {
  order: number;
  athlete: Athlete;
}

export interface RegistryOptions {
  signal?: AbortSignal;
}

const REGISTRY = 'https://registry.highland-heavies.example/api';

export async function fetchAthlete(athleteId: string, signal?: AbortSignal): Promise<Athlete> {
  const res = await fetch(`${REGISTRY}/athletes/${encodeURIComponent(athleteId)}`, { signal });
  if (res.status === 404) {
    throw new Error(`athlete ${athleteId} is not registered with the federation`);
  }
  if (!res.ok) {
    throw new Error(`registry answered ${res.status} for athlete ${athleteId}`);
  }
  return (await res.json()) as Athlete;
}

export async function loadHeatRoster(heatId: string, options: RegistryOptions = {}): Promise<RosterLine[]> {
  const res = await fetch(`${REGISTRY}/heats/${encodeURIComponent(heatId)}/entries`, {
    headers: { accept: 'application/json' },
    signal: options.signal,
  });
  if (!res.ok) {
    throw new Error(`registry answered ${res.status} for heat ${heatId}`);
  }
  const entries = (await res.json()) as HeatEntry[];

  const athletes = await Promise.all(entries.map((e) => fetchAthlete(e.athleteId)));

  return entries
    .map((e, i) => ({ order: e.drawOrder, athlete: athletes[i]! }))
    .sort((a, b) => a.order - b.order);
}

export function checkWeightClasses(roster: readonly RosterLine[], expected: Athlete['weightClass']): string[] {
  return roster
    .filter((line) => line.athlete.weightClass !== expected)
    .map((line) => `${line.athlete.name} (${line.athlete.clan}) is entered as ${line.athlete.weightClass}, heat is ${expected}`);
}

export function formatStartList(heatId: string, roster: readonly RosterLine[]): string {
  const rows = roster.map((line) => {
    const best = line.athlete.bestClock === null ? '—' : `${line.athlete.bestClock}:00`;
    return `${String(line.order).padStart(2, ' ')}. ${line.athlete.name.padEnd(24)} ${line.athlete.clan.padEnd(16)} ${best}`;
  });
  return [`Heat ${heatId}`, ...rows].join('\n');
}
