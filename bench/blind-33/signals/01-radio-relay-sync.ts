// expect: require-signal-propagation
// pushPositions passes the caller's signal to fetch but not to the backoff delay, so a cancelled sync sits out up to 30 s of backoff before noticing.
import { setTimeout as delay } from 'node:timers/promises';

export interface PositionFix {
  callsign: string;
  lat: number;
  lon: number;
  altitudeM: number;
  batteryPct: number;
  at: number;
}

export interface RelayAck {
  accepted: number;
  duplicates: number;
  serverTime: number;
}

export class PermanentRelayError extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`Relay rejected batch with ${status}: ${body.slice(0, 200)}`);
    this.name = 'PermanentRelayError';
  }
}

const RELAY_URL = process.env.RESCUE_RELAY_URL ?? 'https://relay.mrt.example/v2/positions';
const MAX_ATTEMPTS = 6;

function backoffMs(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** attempt) + Math.floor(Math.random() * 250);
}

function dedupe(fixes: PositionFix[]): PositionFix[] {
  const latest = new Map<string, PositionFix>();
  for (const fix of fixes) {
    const prev = latest.get(fix.callsign);
    if (!prev || prev.at < fix.at) {
      latest.set(fix.callsign, fix);
    }
  }
  return [...latest.values()];
}

export async function pushPositions(
  fixes: PositionFix[],
  { signal, teamId }: { signal: AbortSignal; teamId: string },
): Promise<RelayAck> {
  const batch = dedupe(fixes).filter((f) => Math.abs(f.lat) <= 90 && Math.abs(f.lon) <= 180);
  if (batch.length === 0) {
    return { accepted: 0, duplicates: fixes.length, serverTime: Date.now() };
  }
  const body = JSON.stringify({ teamId, fixes: batch });

  for (let attempt = 1; ; attempt++) {
    let lastError: unknown;
    try {
      const res = await fetch(RELAY_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-team-id': teamId },
        body,
        signal,
      });
      if (res.ok) {
        return (await res.json()) as RelayAck;
      }
      const text = await res.text();
      if (res.status >= 400 && res.status < 500 && res.status !== 429) {
        throw new PermanentRelayError(res.status, text);
      }
      lastError = new Error(`Relay returned ${res.status}`);
    } catch (err) {
      if (signal.aborted || err instanceof PermanentRelayError) {
        throw err;
      }
      lastError = err;
    }

    if (attempt >= MAX_ATTEMPTS) {
      throw new Error(`Position sync for ${teamId} failed after ${attempt} attempts`, { cause: lastError });
    }
    await delay(backoffMs(attempt));
  }
}
