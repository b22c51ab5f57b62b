// expect: none
// highest, bidCount and paddles are written by the 'data' listener, but they are only read after `await finished(feed)` resolves, by which point every bid event has been delivered.
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface RecordedBid {
  lot: string;
  paddle: number;
  amount: number;
  source: 'floor' | 'phone' | 'online';
  at: number;
}

export interface LotSummary {
  lot: string;
  bidCount: number;
  distinctBidders: number;
  opening?: RecordedBid;
  highest?: RecordedBid;
  durationSec: number;
  onlineShare: number;
}

export function startingIncrement(amount: number): number {
  if (amount < 10_000) return 250;
  if (amount < 50_000) return 1_000;
  if (amount < 250_000) return 5_000;
  return 10_000;
}

export async function replayLot(feed: Readable, lot: string): Promise<LotSummary> {
  let opening: RecordedBid | undefined;
  let highest: RecordedBid | undefined;
  let bidCount = 0;
  let online = 0;
  const paddles = new Set<number>();

  feed.on('data', (bid: RecordedBid) => {
    if (bid.lot !== lot) return;
    bidCount++;
    paddles.add(bid.paddle);
    if (bid.source === 'online') online++;
    opening ??= bid;
    if (!highest || bid.amount > highest.amount) highest = bid;
  });

  await finished(feed);

  return {
    lot,
    bidCount,
    distinctBidders: paddles.size,
    opening,
    highest,
    durationSec: opening && highest ? Math.round((highest.at - opening.at) / 1000) : 0,
    onlineShare: bidCount === 0 ? 0 : online / bidCount,
  };
}

export function describeReplay(s: LotSummary): string {
  if (!s.highest) return `Lot ${s.lot}: no bids recorded`;
  const pct = Math.round(s.onlineShare * 100);
  return `Lot ${s.lot}: ${s.bidCount} bids from ${s.distinctBidders} paddles over ${s.durationSec}s, ` +
    `hammer $${s.highest.amount.toLocaleString('en-US')} (paddle ${s.highest.paddle}), ${pct}% online`;
}
