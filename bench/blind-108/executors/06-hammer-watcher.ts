// expect: no-multiple-settle
// waitForHammer only listens for 'message', so if the auction feed errors or closes before the lot is hammered the promise never settles and the consignor's settlement job hangs forever.
import { EventEmitter } from 'node:events';

export type FeedMessage =
  | { type: 'bid'; lot: string; amount: number; paddle: number }
  | { type: 'hammer'; lot: string; amount: number; paddle: number }
  | { type: 'passed'; lot: string; highest: number };

/** Live floor feed; emits 'message', 'error' and 'close'. */
export declare class AuctionFeed extends EventEmitter {
  constructor(url: string);
  subscribe(lot: string): void;
  unsubscribe(lot: string): void;
}

export interface LotOutcome {
  lot: string;
  sold: boolean;
  amount: number;
  paddle?: number;
}

export interface SettlementLedger {
  recordSale(outcome: LotOutcome): Promise<void>;
}

export function waitForHammer(feed: AuctionFeed, lot: string): Promise<LotOutcome> {
  return new Promise<LotOutcome>((resolve) => {
    const onMessage = (msg: FeedMessage) => {
      if (msg.lot !== lot) return;
      if (msg.type === 'hammer') {
        feed.off('message', onMessage);
        feed.unsubscribe(lot);
        resolve({ lot, sold: true, amount: msg.amount, paddle: msg.paddle });
      } else if (msg.type === 'passed') {
        feed.off('message', onMessage);
        feed.unsubscribe(lot);
        resolve({ lot, sold: false, amount: msg.highest });
      }
    };
    feed.on('message', onMessage);
    feed.subscribe(lot);
  });
}

export class ConsignmentSettler {
  constructor(
    private readonly feed: AuctionFeed,
    private readonly ledger: SettlementLedger,
    private readonly reservePrices: Map<string, number>,
  ) {}

  async settle(lot: string): Promise<LotOutcome> {
    const outcome = await waitForHammer(this.feed, lot);
    const reserve = this.reservePrices.get(lot) ?? 0;
    if (outcome.sold && outcome.amount < reserve) {
      throw new Error(`lot ${lot} hammered at ${outcome.amount} below reserve ${reserve}`);
    }
    await this.ledger.recordSale(outcome);
    return outcome;
  }
}
