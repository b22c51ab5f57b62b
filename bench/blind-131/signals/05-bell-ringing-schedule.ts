// expect: no-leaked-race
// The deadline promise raced against listPeals starts a timer that is never cleared, so every schedule fetch that wins leaves a ten-second timer pending behind it.
export interface Peal {
  tower: string;
  method: string;
  changes: number;
  startsAt: string;
  band: string[];
  confirmed: boolean;
}

export interface TowerApi {
  listPeals(tower: string): Promise<Peal[]>;
}

export interface RingingDay {
  tower: string;
  date: string;
  peals: Peal[];
  ringersNeeded: number;
}

function deadline(ms: number, what: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${what} did not answer within ${ms}ms`)), ms);
  });
}

export async function fetchPealSchedule(api: TowerApi, tower: string, timeoutMs = 10_000): Promise<Peal[]> {
  const peals = await Promise.race([api.listPeals(tower), deadline(timeoutMs, `peal schedule for ${tower}`)]);
  return peals.filter((p) => p.confirmed).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export async function planRingingDay(api: TowerApi, tower: string, date: string): Promise<RingingDay> {
  const peals = (await fetchPealSchedule(api, tower)).filter((p) => p.startsAt.startsWith(date));
  const ringers = new Set<string>();
  for (const peal of peals) {
    for (const ringer of peal.band) ringers.add(ringer);
  }
  return { tower, date, peals, ringersNeeded: ringers.size };
}

export function clashes(day: RingingDay, minutesPerChange = 0.05): Array<[Peal, Peal]> {
  const out: Array<[Peal, Peal]> = [];
  const sorted = [...day.peals].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (let i = 0; i < sorted.length - 1; i++) {
    const current = sorted[i];
    const next = sorted[i + 1];
    const endsAt = Date.parse(current.startsAt) + current.changes * minutesPerChange * 60_000;
    const sharedRinger = current.band.some((r) => next.band.includes(r));
    if (endsAt > Date.parse(next.startsAt) && sharedRinger) out.push([current, next]);
  }
  return out;
}
