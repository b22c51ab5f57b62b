// expect: none
// Every request, including each per-end fetch in the loop, receives a signal combined from the caller's signal and a per-request timeout.
export interface StoneThrow {
  end: number;
  shot: number;
  team: 'red' | 'yellow';
  releaseSpeedMs: number;
  rotation: 'in' | 'out';
  restX: number;
  restY: number;
}

export interface GameSummary {
  gameId: string;
  sheet: string;
  ends: number;
}

export interface TrackerOptions {
  signal?: AbortSignal;
  perRequestTimeoutMs?: number;
}

function requestSignal(options: TrackerOptions): AbortSignal {
  const timeout = AbortSignal.timeout(options.perRequestTimeoutMs ?? 4000);
  return options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
}

async function getJson<T>(url: string, options: TrackerOptions): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' }, signal: requestSignal(options) });
  if (!res.ok) throw new Error(`stone tracker ${res.status} for ${url}`);
  return (await res.json()) as T;
}

export async function loadGameThrows(baseUrl: string, gameId: string, options: TrackerOptions = {}): Promise<StoneThrow[]> {
  const game = await getJson<GameSummary>(`${baseUrl}/games/${encodeURIComponent(gameId)}`, options);

  const throws: StoneThrow[] = [];
  for (let end = 1; end <= game.ends; end++) {
    options.signal?.throwIfAborted();
    const endThrows = await getJson<StoneThrow[]>(
      `${baseUrl}/games/${encodeURIComponent(gameId)}/ends/${end}/throws`,
      options,
    );
    throws.push(...endThrows);
  }
  return throws;
}

const BUTTON = { x: 0, y: 0 };
const HOUSE_RADIUS_M = 1.829;

export function stonesInHouse(throws: StoneThrow[], end: number): StoneThrow[] {
  return throws
    .filter((t) => t.end === end)
    .filter((t) => Math.hypot(t.restX - BUTTON.x, t.restY - BUTTON.y) <= HOUSE_RADIUS_M)
    .sort((a, b) => Math.hypot(a.restX, a.restY) - Math.hypot(b.restX, b.restY));
}

export function scoreEnd(throws: StoneThrow[], end: number): { team: 'red' | 'yellow' | null; points: number } {
  const house = stonesInHouse(throws, end);
  if (house.length === 0) return { team: null, points: 0 };
  const team = house[0].team;
  let points = 0;
  for (const stone of house) {
    if (stone.team !== team) break;
    points++;
  }
  return { team, points };
}
