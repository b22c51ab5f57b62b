// expect: no-uncalled-async-function
// broker.isConnected is an async method, but it is awaited without being called: the await yields the function itself, which is truthy, so a disconnected broker never fails the readiness probe.
import type { IncomingMessage, ServerResponse } from 'node:http';

declare const db: { ping(opts?: { timeoutMs?: number }): Promise<number> };
declare const broker: {
  isConnected(): Promise<boolean>;
  pendingPublishes(): Promise<number>;
};
declare const diskCache: { freeBytes(): Promise<number> };

const MAX_DB_LATENCY_MS = 250;
const MAX_PENDING_PUBLISHES = 1_000;
const MIN_FREE_BYTES = 512 * 1024 * 1024;

interface ProbeResult {
  ready: boolean;
  failures: string[];
  checkedAt: string;
}

export async function checkReadiness(): Promise<ProbeResult> {
  const failures: string[] = [];

  try {
    const latency = await db.ping({ timeoutMs: 1_000 });
    if (latency > MAX_DB_LATENCY_MS) failures.push(`database latency ${latency}ms`);
  } catch (err) {
    failures.push(`database unreachable: ${(err as Error).message}`);
  }

  try {
    if (!(await broker.isConnected)) {
      failures.push('message broker disconnected');
    } else if ((await broker.pendingPublishes()) > MAX_PENDING_PUBLISHES) {
      failures.push('message broker backlog too large');
    }
  } catch (err) {
    failures.push(`message broker check failed: ${(err as Error).message}`);
  }

  if ((await diskCache.freeBytes()) < MIN_FREE_BYTES) failures.push('disk cache nearly full');

  return { ready: failures.length === 0, failures, checkedAt: new Date().toISOString() };
}

export function readinessHandler(_req: IncomingMessage, res: ServerResponse): void {
  checkReadiness().then(
    (result) => {
      res.writeHead(result.ready ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    },
    (err: unknown) => {
      console.error('[probe] readiness check crashed', err);
      res.writeHead(503).end();
    },
  );
}
