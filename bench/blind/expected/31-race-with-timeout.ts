// expect: none
// Both entries given to Promise.race are started promises (queryReplica(...) and a timeout), so the race compares real results.
import { setTimeout as sleep } from 'node:timers/promises';

interface PriceQuote {
  symbol: string;
  bid: number;
  ask: number;
}

declare function queryReplica(region: string, symbol: string, signal: AbortSignal): Promise<PriceQuote>;

async function rejectAfter(ms: number, signal: AbortSignal): Promise<never> {
  await sleep(ms, undefined, { signal });
  throw new Error(`quote timed out after ${ms}ms`);
}

export async function fastestQuote(symbol: string, regions: string[], timeoutMs = 750): Promise<PriceQuote> {
  const controller = new AbortController();
  try {
    return await Promise.race([
      ...regions.map((region) => queryReplica(region, symbol, controller.signal)),
      rejectAfter(timeoutMs, controller.signal),
    ]);
  } finally {
    controller.abort();
  }
}
