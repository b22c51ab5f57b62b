// expect: none
// Correct: transient failures are retried, but once the caller's signal has aborted the AbortError is rethrown unchanged and backoff sleeps honour the signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BuggySlot {
  buggyId: string;
  date: string;
  hour: number;
  free: boolean;
}

export interface PartnerFeed {
  partner: string;
  url: string;
}

declare const availabilityStore: {
  replace(partner: string, slots: BuggySlot[]): Promise<number>;
};

declare const syncLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class FeedStatusError extends Error {
  constructor(readonly partner: string, readonly status: number) {
    super(`partner ${partner} feed answered ${status}`);
  }
}

function retryable(err: unknown): boolean {
  if (err instanceof FeedStatusError) return err.status >= 500 || err.status === 429;
  return err instanceof TypeError;
}

async function fetchSlots(feed: PartnerFeed, signal: AbortSignal): Promise<BuggySlot[]> {
  const res = await fetch(feed.url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new FeedStatusError(feed.partner, res.status);
  const body = (await res.json()) as { slots: BuggySlot[] };
  return body.slots.filter((s) => s.hour >= 8 && s.hour <= 18);
}

export async function syncPartner(feed: PartnerFeed, signal: AbortSignal, attempts = 4): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const slots = await fetchSlots(feed, signal);
      return await availabilityStore.replace(feed.partner, slots);
    } catch (err) {
      if (signal.aborted) throw err;
      if (!retryable(err) || attempt >= attempts) throw err;
      syncLog.warn('partner feed failed, backing off', { partner: feed.partner, attempt, err: String(err) });
      await sleep(1_000 * 2 ** (attempt - 1), undefined, { signal });
    }
  }
}

export async function syncAllPartners(feeds: PartnerFeed[], signal: AbortSignal): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const feed of feeds) {
    signal.throwIfAborted();
    counts[feed.partner] = await syncPartner(feed, signal);
    syncLog.info('partner synced', { partner: feed.partner, slots: counts[feed.partner] });
  }
  return counts;
}
