// expect: no-leaked-race
// The race never clears the 4-second timer and never aborts the gateway fetch, so each fast answer leaves a pending timer and each timeout leaves a request running against a gateway that is already struggling.
export interface SpringReading {
  pool: string;
  waterTempC: number;
  sulfurPpm: number;
  turbidityNtu: number;
}

export interface PoolDecision {
  pool: string;
  open: boolean;
  reason: string;
}

const GATEWAY = 'http://onsen-gateway.internal:8080';
const SAFE_MIN_C = 36;
const SAFE_MAX_C = 43;

function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${what} timed out after ${ms}ms`)), ms);
  });
}

async function fetchReading(pool: string): Promise<SpringReading> {
  const res = await fetch(`${GATEWAY}/pools/${pool}/latest`);
  if (!res.ok) throw new Error(`gateway returned ${res.status} for ${pool}`);
  return (await res.json()) as SpringReading;
}

export async function readPool(pool: string): Promise<SpringReading> {
  return Promise.race([fetchReading(pool), timeout(4_000, `reading ${pool}`)]);
}

export function decide(reading: SpringReading): PoolDecision {
  if (reading.waterTempC < SAFE_MIN_C) {
    return { pool: reading.pool, open: false, reason: `too cool (${reading.waterTempC}°C)` };
  }
  if (reading.waterTempC > SAFE_MAX_C) {
    return { pool: reading.pool, open: false, reason: `too hot (${reading.waterTempC}°C)` };
  }
  if (reading.turbidityNtu > 5) {
    return { pool: reading.pool, open: false, reason: 'water cloudy, check filter' };
  }
  return { pool: reading.pool, open: true, reason: 'within limits' };
}

export async function morningOpening(pools: string[]): Promise<PoolDecision[]> {
  const decisions: PoolDecision[] = [];
  for (const pool of pools) {
    try {
      decisions.push(decide(await readPool(pool)));
    } catch (err) {
      decisions.push({
        pool,
        open: false,
        reason: `no reading: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }
  return decisions;
}

export function postBoard(decisions: PoolDecision[]): string {
  return decisions
    .map((d) => `${d.open ? '♨' : '✕'} ${d.pool.padEnd(12)} ${d.reason}`)
    .join('\n');
}
