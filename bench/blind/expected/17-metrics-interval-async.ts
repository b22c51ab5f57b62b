// expect: no-floating-promises
// setInterval discards the promise from the async callback, so a failed metrics push is an unhandled rejection and slow pushes can overlap.
declare class MetricsClient {
  constructor(endpoint: string);
  push(samples: Array<{ name: string; value: number; ts: number }>): Promise<void>;
}

const client = new MetricsClient(process.env.METRICS_URL ?? 'http://localhost:9091');
const counters = new Map<string, number>();

export function count(name: string, by = 1): void {
  counters.set(name, (counters.get(name) ?? 0) + by);
}

export function startReporter(intervalMs = 10_000): () => void {
  const timer = setInterval(async () => {
    const ts = Date.now();
    const samples = [...counters].map(([name, value]) => ({ name, value, ts }));
    counters.clear();
    if (samples.length > 0) {
      await client.push(samples);
    }
  }, intervalMs);

  return () => clearInterval(timer);
}
