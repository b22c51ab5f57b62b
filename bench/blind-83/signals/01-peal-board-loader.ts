// expect: require-signal-propagation
// loadPealBoard passes options.signal to the peals fetch but not to the follow-up ringers fetch, so cancelling the board leaves that request running.
export interface PealSummary {
  id: number;
  date: string;
  method: string;
  changes: number;
  ringerIds: string[];
}

export interface Ringer {
  id: string;
  name: string;
  society: string;
}

export interface PealBoard {
  tower: string;
  peals: Array<PealSummary & { ringers: string[] }>;
  topRinger: string | null;
}

export interface LoadOptions {
  signal?: AbortSignal;
  since?: string;
  token?: string;
}

const API_BASE = 'https://belltower-archive.example.org/api/v2';

function authHeaders(token?: string): Record<string, string> {
  return token ? { authorization: `Bearer ${token}`, accept: 'application/json' } : { accept: 'application/json' };
}

async function readJson<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) {
    throw new Error(`${what} request failed: ${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export async function loadPealBoard(towerId: string, options: LoadOptions = {}): Promise<PealBoard> {
  const headers = authHeaders(options.token);
  const query = options.since ? `?since=${encodeURIComponent(options.since)}` : '';

  const pealsRes = await fetch(`${API_BASE}/towers/${towerId}/peals${query}`, {
    headers,
    signal: options.signal,
  });
  const peals = await readJson<PealSummary[]>(pealsRes, 'peals');

  const ids = [...new Set(peals.flatMap((p) => p.ringerIds))];
  const ringersRes = await fetch(`${API_BASE}/ringers?ids=${ids.map(encodeURIComponent).join(',')}`, {
    headers,
  });
  const ringers = await readJson<Ringer[]>(ringersRes, 'ringers');
  const nameById = new Map(ringers.map((r) => [r.id, r.name]));

  const tally = new Map<string, number>();
  for (const p of peals) {
    for (const id of p.ringerIds) tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  let topRinger: string | null = null;
  let best = 0;
  for (const [id, count] of tally) {
    if (count > best) {
      best = count;
      topRinger = nameById.get(id) ?? id;
    }
  }

  return {
    tower: towerId,
    peals: peals.map((p) => ({ ...p, ringers: p.ringerIds.map((id) => nameById.get(id) ?? id) })),
    topRinger,
  };
}
