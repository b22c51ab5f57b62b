// expect: none
// Correct: the relay retries only ordinary failures; once the signal has fired it rethrows the caught error unchanged, and the signal also reaches readline, fetch and the backoff timer.
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";

export interface GpsFix {
  bib: number;
  lat: number;
  lon: number;
  speedKmh: number;
  at: string;
}

const RELAY_URL = "https://trail.sled-race.example/v1/fixes";
const MAX_ATTEMPTS = 4;
const BATCH_SIZE = 25;

function parseSentence(line: string): GpsFix | null {
  const parts = line.trim().split(",");
  if (parts[0] !== "$TRK" || parts.length < 6) return null;
  const [, bib, lat, lon, speed, at] = parts;
  const fix = { bib: Number(bib), lat: Number(lat), lon: Number(lon), speedKmh: Number(speed), at };
  return Number.isFinite(fix.bib) && Number.isFinite(fix.lat) && Number.isFinite(fix.lon) ? fix : null;
}

async function postFixes(fixes: GpsFix[], signal: AbortSignal): Promise<void> {
  const res = await fetch(RELAY_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ fixes }),
    signal,
  });
  if (!res.ok) {
    throw new Error(`relay rejected batch: HTTP ${res.status}`);
  }
}

async function postWithRetry(fixes: GpsFix[], signal: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await postFixes(fixes, signal);
      return;
    } catch (err) {
      if (signal.aborted) throw err;
      if (attempt >= MAX_ATTEMPTS) throw err;
      await delay(500 * 2 ** attempt, undefined, { signal });
    }
  }
}

export async function relayCollarFeed(serial: Readable, signal: AbortSignal): Promise<number> {
  const lines = createInterface({ input: serial, crlfDelay: Infinity, signal });
  let batch: GpsFix[] = [];
  let relayed = 0;

  for await (const line of lines) {
    const fix = parseSentence(line);
    if (!fix) continue;
    batch.push(fix);
    if (batch.length >= BATCH_SIZE) {
      await postWithRetry(batch, signal);
      relayed += batch.length;
      batch = [];
    }
  }
  signal.throwIfAborted();

  if (batch.length > 0) {
    await postWithRetry(batch, signal);
    relayed += batch.length;
  }
  return relayed;
}
