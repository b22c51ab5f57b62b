// expect: none
// Every outcome settles once: the final else rejects any unexpected status, JSON.parse is guarded, request errors reject, and the timeout destroys the request with an error that reaches the 'error' listener.
import http from 'node:http';

export type HealthState = 'healthy' | 'degraded' | 'down';

export interface ProbeResult {
  target: string;
  state: HealthState;
  latencyMs: number;
  checks: Record<string, boolean>;
}

export function probe(target: string, timeoutMs = 3_000): Promise<ProbeResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(new URL('/healthz?verbose=1', target), (res) => {
      const status = res.statusCode ?? 0;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('error', reject);
      res.on('end', () => {
        const latencyMs = Math.round(performance.now() - started);
        if (status === 200 || status === 503) {
          let checks: Record<string, boolean>;
          try {
            checks = JSON.parse(body).checks ?? {};
          } catch {
            checks = {};
          }
          const failing = Object.values(checks).filter((ok) => !ok).length;
          const state: HealthState = status === 503 ? 'down' : failing > 0 ? 'degraded' : 'healthy';
          resolve({ target, state, latencyMs, checks });
        } else if (status === 404) {
          resolve({ target, state: 'healthy', latencyMs, checks: {} });
        } else {
          reject(new Error(`${target}: unexpected status ${status} from health endpoint`));
        }
      });
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${target}: no response within ${timeoutMs}ms`)));
    req.on('error', reject);
  });
}

export async function probeAll(targets: string[]): Promise<ProbeResult[]> {
  return Promise.all(
    targets.map((t) =>
      probe(t).catch((err: Error): ProbeResult => {
        console.warn(`[probe] ${err.message}`);
        return { target: t, state: 'down', latencyMs: -1, checks: {} };
      }),
    ),
  );
}
