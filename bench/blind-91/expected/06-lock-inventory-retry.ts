// expect: none
// The retry helper takes a factory and calls it on every attempt, so each retry really re-sends; the only promise reused on purpose is the memoised connection, which is meant to be shared.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PickSet {
  sku: string;
  name: string;
  pieces: number;
  onHand: number;
}

interface InventoryConnection {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

declare function connectInventory(dsn: string): Promise<InventoryConnection>;

export class RetryableError extends Error {}

export async function retry<T>(
  attemptFn: (attempt: number) => Promise<T>,
  { attempts = 3, baseMs = 150, signal }: { attempts?: number; baseMs?: number; signal?: AbortSignal } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptFn(attempt);
    } catch (err) {
      if (!(err instanceof RetryableError) || attempt >= attempts) throw err;
      await sleep(baseMs * attempt, undefined, { signal });
    }
  }
}

export class WorkshopInventory {
  private connection: Promise<InventoryConnection> | undefined;

  constructor(private readonly dsn: string) {}

  private conn(): Promise<InventoryConnection> {
    this.connection ??= connectInventory(this.dsn).catch((err) => {
      this.connection = undefined; // let the next caller try again
      throw err;
    });
    return this.connection;
  }

  async pickSets(signal?: AbortSignal): Promise<PickSet[]> {
    return retry(
      async () => {
        const db = await this.conn();
        return db.query<PickSet>('select sku, name, pieces, on_hand as "onHand" from pick_sets order by name');
      },
      { signal },
    );
  }

  async reserveForWorkshop(workshopId: string, sku: string, qty: number, signal?: AbortSignal): Promise<number> {
    const rows = await retry(
      async (attempt) => {
        const db = await this.conn();
        return db.query<{ remaining: number }>(
          'update pick_sets set on_hand = on_hand - $1 where sku = $2 and on_hand >= $1 returning on_hand as remaining',
          [qty, sku],
        );
      },
      { attempts: 5, signal },
    );
    if (rows.length === 0) throw new Error(`not enough ${sku} in stock for workshop ${workshopId}`);
    return rows[0].remaining;
  }

  async close(): Promise<void> {
    if (!this.connection) return;
    const db = await this.connection;
    this.connection = undefined;
    await db.close();
  }
}
