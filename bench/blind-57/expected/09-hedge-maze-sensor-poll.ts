// expect: none
// Correct: pollUntil takes a reader function and calls it on every iteration, so each poll and each retry is a fresh sensor read.
import { setTimeout as sleep } from 'node:timers/promises';

declare const mazeGateway: {
  readSensor(zoneId: string): Promise<ZoneReading>;
  listZones(mazeId: string): Promise<string[]>;
};

declare const visitorDesk: {
  notifyStaff(mazeId: string, message: string): Promise<void>;
};

export interface ZoneReading {
  zoneId: string;
  occupancy: number;
  lastMotionAt: number;
  batteryPct: number;
}

async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs, timeoutMs }: { intervalMs: number; timeoutMs: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let latest = await read();
  while (!done(latest)) {
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`condition not met within ${timeoutMs}ms`);
    }
    await sleep(intervalMs);
    latest = await read();
  }
  return latest;
}

async function readWithRetry(zoneId: string, attempts = 3): Promise<ZoneReading> {
  for (let i = 1; ; i++) {
    const reading = mazeGateway.readSensor(zoneId);
    try {
      return await reading;
    } catch (err) {
      if (i >= attempts) throw err;
      await sleep(200 * i);
    }
  }
}

export async function waitForZoneClear(zoneId: string, quietMs = 60_000): Promise<ZoneReading> {
  return pollUntil(
    () => readWithRetry(zoneId),
    (r) => r.occupancy === 0 && Date.now() - r.lastMotionAt > quietMs,
    { intervalMs: 5_000, timeoutMs: 20 * 60_000 },
  );
}

export async function closingSweep(mazeId: string): Promise<{ clear: string[]; lowBattery: string[] }> {
  const zones = await mazeGateway.listZones(mazeId);
  const clear: string[] = [];
  const lowBattery: string[] = [];

  for (const zoneId of zones) {
    try {
      const reading = await waitForZoneClear(zoneId);
      clear.push(zoneId);
      if (reading.batteryPct < 15) lowBattery.push(zoneId);
    } catch {
      await visitorDesk.notifyStaff(mazeId, `zone ${zoneId} still occupied at closing; please walk it`);
    }
  }

  if (lowBattery.length > 0) {
    await visitorDesk.notifyStaff(mazeId, `replace sensor batteries in ${lowBattery.join(', ')}`);
  }
  return { clear, lowBattery };
}
