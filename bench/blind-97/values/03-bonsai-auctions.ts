// expect: none
// The totals are written by the 'data' listener but only read after `await once(feed, 'end')`, which waits for the whole feed (and rejects on 'error'), so every bid has been counted before the summary is built.
import { once } from 'node:events';
import type { Readable } from 'node:stream';

export interface BidEvent {
  lotId: string;
  paddle: number;
  amount: number;
  online: boolean;
}

export interface SessionSummary {
  bids: number;
  onlineShare: number;
  topLot: { lotId: string; amount: number } | null;
  activePaddles: number;
}

function decode(chunk: unknown): BidEvent | null {
  if (typeof chunk !== 'object' || chunk === null) return null;
  const c = chunk as Partial<BidEvent>;
  if (typeof c.lotId !== 'string' || typeof c.amount !== 'number' || typeof c.paddle !== 'number') return null;
  return { lotId: c.lotId, paddle: c.paddle, amount: c.amount, online: Boolean(c.online) };
}

export async function summarizeSession(feed: Readable): Promise<SessionSummary> {
  let bids = 0;
  let online = 0;
  let topLot: SessionSummary['topLot'] = null;
  const paddles = new Set<number>();

  feed.on('data', (chunk: unknown) => {
    const bid = decode(chunk);
    if (!bid) return;
    bids += 1;
    if (bid.online) online += 1;
    paddles.add(bid.paddle);
    if (!topLot || bid.amount > topLot.amount) topLot = { lotId: bid.lotId, amount: bid.amount };
  });

  await once(feed, 'end');

  return {
    bids,
    onlineShare: bids === 0 ? 0 : online / bids,
    topLot,
    activePaddles: paddles.size,
  };
}

export function formatSummary(title: string, s: SessionSummary): string {
  const pct = (s.onlineShare * 100).toFixed(0);
  const top = s.topLot ? `${s.topLot.lotId} at ${s.topLot.amount.toLocaleString('en-US')}` : 'none';
  return `${title}: ${s.bids} bids from ${s.activePaddles} paddles (${pct}% online); top lot ${top}`;
}

export async function closeOfDay(feeds: Array<{ title: string; stream: Readable }>): Promise<string[]> {
  const lines: string[] = [];
  for (const { title, stream } of feeds) {
    const summary = await summarizeSession(stream);
    lines.push(formatSummary(title, summary));
  }
  return lines;
}
