// expect: none
// The signal travels inside the RequestInit built by requestInit() and the options handed to events.once, so every wait is abortable.
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';

export interface TollTransaction {
  txId: string;
  boothId: string;
  plate: string;
  amountCents: number;
  at: string;
}

export interface SyncResult {
  accepted: number;
  duplicates: number;
  cursor: string;
}

declare const CLEARING_HOUSE_URL: string;
declare const clearingToken: () => string;

export class BoothSync {
  private cursor = '0';
  private online = false;

  constructor(private readonly boothId: string, private readonly uplink: EventEmitter) {
    uplink.on('online', () => (this.online = true));
    uplink.on('offline', () => (this.online = false));
  }

  private requestInit(signal: AbortSignal, body: unknown): RequestInit {
    return {
      method: 'POST',
      signal,
      headers: {
        authorization: `Bearer ${clearingToken()}`,
        'content-type': 'application/json',
        'x-booth-id': this.boothId,
      },
      body: JSON.stringify(body),
    };
  }

  async waitForUplink(signal: AbortSignal): Promise<void> {
    if (this.online) return;
    await once(this.uplink, 'online', { signal });
  }

  async push(transactions: TollTransaction[], signal: AbortSignal): Promise<SyncResult> {
    await this.waitForUplink(signal);

    const init = this.requestInit(signal, { since: this.cursor, transactions });
    const res = await fetch(`${CLEARING_HOUSE_URL}/booths/${this.boothId}/transactions`, init);
    if (!res.ok) {
      throw new Error(`Clearing house rejected batch from ${this.boothId}: ${res.status}`);
    }
    const result = (await res.json()) as SyncResult;
    this.cursor = result.cursor;
    return result;
  }
}

export function batchBySize(transactions: TollTransaction[], maxBatch: number): TollTransaction[][] {
  const batches: TollTransaction[][] = [];
  for (let i = 0; i < transactions.length; i += maxBatch) {
    batches.push(transactions.slice(i, i + maxBatch));
  }
  return batches;
}

export async function syncShift(
  sync: BoothSync,
  transactions: TollTransaction[],
  { signal, maxBatch = 250 }: { signal: AbortSignal; maxBatch?: number },
): Promise<{ accepted: number; duplicates: number }> {
  let accepted = 0;
  let duplicates = 0;
  for (const batch of batchBySize(transactions, maxBatch)) {
    signal.throwIfAborted();
    const result = await sync.push(batch, signal);
    accepted += result.accepted;
    duplicates += result.duplicates;
  }
  return { accepted, duplicates };
}
