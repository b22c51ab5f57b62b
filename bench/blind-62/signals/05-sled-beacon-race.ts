// expect: none
// the beacon race gives every contender one local controller linked to the caller's signal and aborts it in finally, so the losing timer and listener are torn down
import { setTimeout as sleep } from "node:timers/promises";
import { EventEmitter, once } from "node:events";

export interface BeaconPing {
  sledId: string;
  lat: number;
  lon: number;
  batteryPct: number;
  receivedAt: Date;
}

declare const iridiumReceiver: EventEmitter;
declare const basecamp: {
  requestPing(sledId: string, init: { signal: AbortSignal }): Promise<void>;
  logMissed(sledId: string, waitedMs: number): Promise<void>;
};

async function nextPingFor(sledId: string, signal: AbortSignal): Promise<BeaconPing> {
  for (;;) {
    const [ping] = (await once(iridiumReceiver, "ping", { signal })) as [BeaconPing];
    if (ping.sledId === sledId) return ping;
  }
}

export async function pollSled(
  sledId: string,
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<BeaconPing | null> {
  const local = new AbortController();
  const signal = outer ? AbortSignal.any([outer, local.signal]) : local.signal;

  try {
    await basecamp.requestPing(sledId, { signal });
    const winner = await Promise.race([
      nextPingFor(sledId, signal),
      sleep(timeoutMs, null, { signal }),
    ]);
    if (winner === null) {
      await basecamp.logMissed(sledId, timeoutMs);
    }
    return winner;
  } finally {
    local.abort();
  }
}

export function distanceKm(a: BeaconPing, b: BeaconPing): number {
  const R = 6371;
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

export async function rollCall(
  sledIds: string[],
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Map<string, BeaconPing | null>> {
  const out = new Map<string, BeaconPing | null>();
  for (const id of sledIds) {
    out.set(id, await pollSled(id, timeoutMs, signal));
  }
  return out;
}
