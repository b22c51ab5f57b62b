// expect: no-reused-settled-promise
// pool.connect() is called once before the loop, so each retry awaits the same rejected connection attempt instead of reconnecting.
import { setTimeout as sleep } from 'node:timers/promises';

interface Connection {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  release(): void;
}

declare const pool: { connect(): Promise<Connection> };

async function getConnection(maxAttempts = 6): Promise<Connection> {
  const connecting = pool.connect();
  let backoff = 100;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      return await connecting;
    } catch (err) {
      console.warn(`db connect attempt ${attempt} failed: ${(err as Error).message}`);
      await sleep(backoff);
      backoff = Math.min(backoff * 2, 5_000);
    }
  }
  throw new Error(`could not connect to database after ${maxAttempts} attempts`);
}

export async function countActiveSessions(): Promise<number> {
  const conn = await getConnection();
  try {
    const { rows } = await conn.query('SELECT count(*)::int AS n FROM sessions WHERE expires_at > now()');
    return (rows[0] as { n: number }).n;
  } finally {
    conn.release();
  }
}
