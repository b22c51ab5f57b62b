// expect: no-multiple-settle
// The executor is async: when getAccessToken() rejects (expired session), the rejection escapes into the executor's own discarded promise as an unhandled rejection, and the promise returned to the caller never settles, so the dashboard stays "connecting" forever.
export interface Tick {
  symbol: string;
  bid: number;
  ask: number;
  ts: number;
}

export interface TickerConnection {
  readonly symbols: readonly string[];
  close(): void;
}

declare const authClient: {
  getAccessToken(opts: { audience: string; signal?: AbortSignal }): Promise<string>;
};

declare const telemetry: {
  count(metric: string, tags?: Record<string, string>): void;
};

const FEED_URL = 'wss://stream.example-markets.io/v2/ticks';

function parseTick(data: unknown): Tick | null {
  if (typeof data !== 'string') return null;
  try {
    const raw = JSON.parse(data) as { s?: string; b?: number; a?: number; t?: number };
    if (!raw.s || raw.b === undefined || raw.a === undefined) return null;
    return { symbol: raw.s, bid: raw.b, ask: raw.a, ts: raw.t ?? Date.now() };
  } catch {
    return null;
  }
}

export function openTickerStream(symbols: readonly string[], onTick: (tick: Tick) => void): Promise<TickerConnection> {
  return new Promise<TickerConnection>(async (resolve, reject) => {
    const token = await authClient.getAccessToken({ audience: 'market-data' });
    const ws = new WebSocket(`${FEED_URL}?access_token=${encodeURIComponent(token)}`);
    let opened = false;

    ws.addEventListener('open', () => {
      opened = true;
      ws.send(JSON.stringify({ op: 'subscribe', symbols }));
      telemetry.count('ticker.connected');
      resolve({
        symbols,
        close: () => ws.close(1000, 'client closed'),
      });
    });

    ws.addEventListener('message', (event) => {
      const tick = parseTick(event.data);
      if (tick) onTick(tick);
    });

    ws.addEventListener('error', () => {
      telemetry.count('ticker.error', { phase: opened ? 'streaming' : 'connect' });
      if (!opened) reject(new Error(`could not connect to ticker feed for ${symbols.join(',')}`));
    });

    ws.addEventListener('close', (event) => {
      if (!opened) reject(new Error(`ticker feed closed during handshake (code ${event.code})`));
    });
  });
}
