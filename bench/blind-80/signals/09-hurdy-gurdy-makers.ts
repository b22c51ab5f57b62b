// expect: none
// The retry loop catches failures but rethrows immediately when the signal is aborted or the error is an AbortError, and its backoff sleep also takes the signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TonewoodLot {
  lotId: string;
  species: 'spruce' | 'sycamore' | 'pear' | 'walnut';
  seasonedYears: number;
  boards: number;
  priceCents: number;
}

export interface SearchOptions {
  signal?: AbortSignal;
  attempts?: number;
}

declare const timberMerchant: {
  baseUrl: string;
};

class HttpError extends Error {
  constructor(readonly status: number, url: string) {
    super(`${url} answered ${status}`);
    this.name = 'HttpError';
  }
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

function isTransient(err: unknown): boolean {
  if (err instanceof HttpError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError; // fetch's network failure
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new HttpError(res.status, url);
  return (await res.json()) as T;
}

async function withRetries<T>(work: () => Promise<T>, attempts: number, signal?: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (isAbortError(err)) throw err;
      if (attempt >= attempts || !isTransient(err)) throw err;
      await sleep(300 * 2 ** (attempt - 1), undefined, { signal });
    }
  }
}

export async function findSoundboardLots(options: SearchOptions = {}): Promise<TonewoodLot[]> {
  const { signal, attempts = 3 } = options;
  const url = `${timberMerchant.baseUrl}/lots?species=spruce&minYears=8`;
  const lots = await withRetries(() => getJson<TonewoodLot[]>(url, signal), attempts, signal);

  // Soundboards need quartersawn spruce seasoned eight years; two boards per instrument.
  return lots
    .filter((lot) => lot.seasonedYears >= 8 && lot.boards >= 2)
    .sort((a, b) => a.priceCents / a.boards - b.priceCents / b.boards);
}

export function boardsForOrder(lots: TonewoodLot[], instruments: number): Array<{ lotId: string; boards: number }> {
  let needed = instruments * 2;
  const picks: Array<{ lotId: string; boards: number }> = [];
  for (const lot of lots) {
    if (needed <= 0) break;
    const take = Math.min(lot.boards, needed);
    picks.push({ lotId: lot.lotId, boards: take });
    needed -= take;
  }
  if (needed > 0) throw new Error(`short by ${needed} soundboard blanks`);
  return picks;
}
