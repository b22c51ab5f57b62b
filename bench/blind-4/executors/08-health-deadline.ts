// expect: none
// The deadline timer is cleared on both the success and failure paths and, if it fires first, aborts the probe it raced against, so each check settles once, nothing stays scheduled and no request outlives its deadline.
declare const metrics: {
  gauge(name: string, value: number, tags: Record<string, string>): void;
};

export interface Upstream {
  name: string;
  url: string;
  timeoutMs: number;
}

export interface HealthReport {
  name: string;
  healthy: boolean;
  latencyMs: number;
  detail?: string;
}

function withDeadline<T>(run: (signal: AbortSignal) => Promise<T>, ms: number, label: string, parent: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const signal = AbortSignal.any([parent, controller.signal]);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const err = new Error(`${label} did not answer within ${ms}ms`);
      controller.abort(err);
      reject(err);
    }, ms);
    run(signal).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

async function probe(upstream: Upstream, signal: AbortSignal): Promise<string> {
  const res = await fetch(new URL('/healthz', upstream.url), { signal, headers: { accept: 'text/plain' } });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 120)}`);
  return text;
}

export async function checkAll(upstreams: Upstream[], signal: AbortSignal): Promise<HealthReport[]> {
  return Promise.all(
    upstreams.map(async (u): Promise<HealthReport> => {
      const started = performance.now();
      try {
        const detail = await withDeadline((s) => probe(u, s), u.timeoutMs, u.name, signal);
        return { name: u.name, healthy: true, latencyMs: performance.now() - started, detail };
      } catch (err) {
        if (signal.aborted) throw err;
        return { name: u.name, healthy: false, latencyMs: performance.now() - started, detail: String(err) };
      } finally {
        metrics.gauge('upstream.latency_ms', performance.now() - started, { upstream: u.name });
      }
    }),
  );
}
