// expect: none
// The error listener ignores transient errors while EventSource reconnects, but the timer bounds that wait; every settle goes through finish(), which clears the timer, removes listeners and closes the stream, and a parse failure rejects instead of throwing from the listener.
export interface OrderBookSnapshot {
  market: string;
  sequence: number;
  bids: Array<[price: string, size: string]>;
  asks: Array<[price: string, size: string]>;
}

export class SnapshotTimeoutError extends Error {
  constructor(market: string, ms: number) {
    super(`no order book snapshot for ${market} within ${ms}ms`);
    this.name = 'SnapshotTimeoutError';
  }
}

export function waitForSnapshot(baseUrl: string, market: string, timeoutMs = 8_000): Promise<OrderBookSnapshot> {
  return new Promise<OrderBookSnapshot>((resolve, reject) => {
    const source = new EventSource(`${baseUrl}/markets/${encodeURIComponent(market)}/book`, {
      withCredentials: true,
    });
    let done = false;

    const finish = (err: Error | null, snapshot?: OrderBookSnapshot) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      source.removeEventListener('snapshot', onSnapshot);
      source.removeEventListener('error', onError);
      source.close();
      if (err) reject(err);
      else resolve(snapshot!);
    };

    const onSnapshot = (event: MessageEvent<string>) => {
      try {
        const parsed = JSON.parse(event.data) as OrderBookSnapshot;
        if (parsed.market !== market) return;
        finish(null, parsed);
      } catch (err) {
        finish(new Error(`malformed snapshot for ${market}: ${(err as Error).message}`));
      }
    };

    const onError = () => {
      if (source.readyState === EventSource.CLOSED) {
        finish(new Error(`order book stream for ${market} was closed by the server`));
      } else {
        console.debug(`[book] ${market} stream interrupted, browser is reconnecting`);
      }
    };

    const timer = setTimeout(() => finish(new SnapshotTimeoutError(market, timeoutMs)), timeoutMs);
    source.addEventListener('snapshot', onSnapshot);
    source.addEventListener('error', onError);
  });
}

export async function loadOrderBook(market: string): Promise<OrderBookSnapshot> {
  const snapshot = await waitForSnapshot('/api/stream', market);
  snapshot.bids.sort((a, b) => Number(b[0]) - Number(a[0]));
  snapshot.asks.sort((a, b) => Number(a[0]) - Number(b[0]));
  return snapshot;
}
