// expect: none
// The signal travels inside a RequestInit built by a helper, is combined with a timeout via AbortSignal.any, and is handed to the backoff sleep too.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Carillonneur {
  name: string;
  grade: 'student' | 'associate' | 'master';
  unavailable: string[];
}

export interface PracticeSlot {
  date: string;
  startsAt: string;
  player: string;
  clavier: 'practice' | 'tower';
}

export interface RotaRequestOptions {
  apiBase: string;
  apiKey: string;
  signal?: AbortSignal;
  attempts?: number;
}

function requestInit(options: RotaRequestOptions, extra: RequestInit = {}): RequestInit {
  const signals = [AbortSignal.timeout(10_000)];
  if (options.signal) signals.push(options.signal);
  return {
    ...extra,
    headers: { 'x-api-key': options.apiKey, 'content-type': 'application/json', ...(extra.headers ?? {}) },
    signal: AbortSignal.any(signals),
  };
}

async function getJson<T>(url: string, options: RotaRequestOptions): Promise<T> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, requestInit(options));
    if (res.ok) return (await res.json()) as T;
    if (res.status < 500 || attempt >= attempts) throw new Error(`${url}: HTTP ${res.status}`);
    await sleep(500 * attempt, undefined, { signal: options.signal });
  }
}

export function buildRota(players: Carillonneur[], dates: string[]): PracticeSlot[] {
  const slots: PracticeSlot[] = [];
  const order = [...players].sort((a, b) => a.name.localeCompare(b.name));
  let cursor = 0;
  for (const date of dates) {
    for (const startsAt of ['07:00', '18:30']) {
      for (let tried = 0; tried < order.length; tried++) {
        const player = order[(cursor + tried) % order.length];
        if (player.unavailable.includes(date)) continue;
        const clavier = player.grade === 'student' || startsAt === '07:00' ? 'practice' : 'tower';
        slots.push({ date, startsAt, player: player.name, clavier });
        cursor = (cursor + tried + 1) % order.length;
        break;
      }
    }
  }
  return slots;
}

export async function publishMonthlyRota(month: string, options: RotaRequestOptions): Promise<PracticeSlot[]> {
  const [players, dates] = await Promise.all([
    getJson<Carillonneur[]>(`${options.apiBase}/carillonneurs`, options),
    getJson<string[]>(`${options.apiBase}/calendar/${month}/open-days`, options),
  ]);
  const rota = buildRota(players, dates);
  const res = await fetch(
    `${options.apiBase}/rota/${month}`,
    requestInit(options, { method: 'PUT', body: JSON.stringify(rota) }),
  );
  if (!res.ok) throw new Error(`rota publish failed: HTTP ${res.status}`);
  return rota;
}
