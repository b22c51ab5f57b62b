// expect: none
// retryable() takes a factory and calls it again on every attempt, including inside the .catch that schedules the next try, so each retry really sends a new request instead of awaiting the old rejected one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SoilOrder {
  nursery: string;
  akadamaBags: number;
  pumiceBags: number;
  lavaRockBags: number;
  grain: 'small' | 'medium' | 'large';
}

export interface SoilQuote {
  quoteId: string;
  totalEur: number;
  deliveryDays: number;
}

class TransientError extends Error {
  override name = 'TransientError';
}

declare const supplierApi: {
  quote(order: SoilOrder): Promise<SoilQuote>;
  confirm(quoteId: string): Promise<{ orderRef: string }>;
};

export function retryable<T>(
  factory: () => Promise<T>,
  { attempts = 4, delayMs = 800 }: { attempts?: number; delayMs?: number } = {},
  attempt = 1,
): Promise<T> {
  return factory().catch(async (err: unknown) => {
    if (!(err instanceof TransientError) || attempt >= attempts) throw err;
    await sleep(delayMs * attempt);
    return retryable(factory, { attempts, delayMs }, attempt + 1);
  });
}

async function classified<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/503|ECONNRESET|ETIMEDOUT/.test(msg)) throw new TransientError(msg, { cause: err });
    throw err;
  }
}

export function repotSeasonMix(trees: number, grain: SoilOrder['grain']): Omit<SoilOrder, 'nursery'> {
  // roughly 2.5 L per small tree; a 14 L bag; 2:1:1 akadama:pumice:lava
  const litres = trees * 2.5;
  const bags = Math.ceil(litres / 14);
  return {
    akadamaBags: Math.ceil(bags / 2),
    pumiceBags: Math.ceil(bags / 4),
    lavaRockBags: Math.ceil(bags / 4),
    grain,
  };
}

export async function orderSoil(nursery: string, trees: number, maxEur: number): Promise<string> {
  const order: SoilOrder = { nursery, ...repotSeasonMix(trees, trees > 200 ? 'medium' : 'small') };
  const quote = await retryable(() => classified(() => supplierApi.quote(order)));
  if (quote.totalEur > maxEur) {
    throw new Error(`soil quote €${quote.totalEur} exceeds budget €${maxEur}`);
  }
  const { orderRef } = await retryable(
    () => classified(() => supplierApi.confirm(quote.quoteId)),
    { attempts: 2 },
  );
  return `${orderRef}: ${order.akadamaBags} akadama, ${order.pumiceBags} pumice, ${order.lavaRockBags} lava, in ${quote.deliveryDays} days`;
}
