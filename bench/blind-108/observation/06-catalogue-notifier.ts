// expect: none
// The Promise.allSettled results are walked and every rejected entry is collected and written to the failure log while only fulfilled bidders are counted as notified, so failed sends are never reported as delivered.
import { appendFile } from 'node:fs/promises';

export interface Bidder {
  paddle: number;
  email: string;
  interests: Array<'pre-war' | 'muscle' | 'coachbuilt' | 'microcar'>;
}

export interface CatalogueLot {
  lot: string;
  make: string;
  model: string;
  year: number;
  category: Bidder['interests'][number];
  estimateLow: number;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<{ messageId: string }>;
}

export interface NotifyResult {
  notified: number[];
  failed: Array<{ paddle: number; reason: string }>;
}

function renderDigest(bidder: Bidder, lots: CatalogueLot[]): string {
  const lines = lots
    .filter((l) => bidder.interests.includes(l.category))
    .map((l) => `Lot ${l.lot}: ${l.year} ${l.make} ${l.model} (est. $${l.estimateLow.toLocaleString('en-US')}+)`);
  return [`Paddle ${bidder.paddle}, the new catalogue is live.`, '', ...lines].join('\n');
}

export async function notifyBidders(
  mailer: Mailer,
  bidders: Bidder[],
  lots: CatalogueLot[],
  failureLog: string,
): Promise<NotifyResult> {
  const recipients = bidders.filter((b) => lots.some((l) => b.interests.includes(l.category)));

  const outcomes = await Promise.allSettled(
    recipients.map((b) => mailer.send(b.email, 'Spring sale catalogue', renderDigest(b, lots))),
  );

  const result: NotifyResult = { notified: [], failed: [] };
  outcomes.forEach((outcome, i) => {
    const bidder = recipients[i];
    if (outcome.status === 'fulfilled') {
      result.notified.push(bidder.paddle);
    } else {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      result.failed.push({ paddle: bidder.paddle, reason });
    }
  });

  if (result.failed.length > 0) {
    const lines = result.failed.map((f) => `${new Date().toISOString()}\t${f.paddle}\t${f.reason}\n`);
    await appendFile(failureLog, lines.join(''));
  }
  return result;
}
