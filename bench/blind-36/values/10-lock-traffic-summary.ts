// expect: none
// The async clearance checks are resolved with Promise.all before .every() runs, and the passage counters from 'data' events are read only after `await finished(stream)`.
import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';

export interface Passage {
  lockId: string;
  vessel: string;
  direction: 'up' | 'down';
  lengthM: number;
  at: string;
}

export interface FlightSummary {
  passages: number;
  upstream: number;
  downstream: number;
  longestVesselM: number;
  waterUsedM3: number;
}

declare const lockSensors: {
  isClear(lockId: string): Promise<boolean>;
  passageLog(flightId: string, date: string): Readable;
};

declare const navigationNotices: {
  post(flightId: string, message: string): Promise<void>;
};

const CHAMBER_VOLUME_M3 = 180;

export async function flightReady(lockIds: string[]): Promise<boolean> {
  const clear = await Promise.all(lockIds.map((id) => lockSensors.isClear(id)));
  return clear.every(Boolean);
}

export async function summariseDay(flightId: string, lockIds: string[], date: string): Promise<FlightSummary> {
  const stream = lockSensors.passageLog(flightId, date);
  let passages = 0;
  let upstream = 0;
  let downstream = 0;
  let longestVesselM = 0;
  const ownLocks = new Set(lockIds);

  stream.on('data', (passage: Passage) => {
    if (!ownLocks.has(passage.lockId)) return;
    passages++;
    if (passage.direction === 'up') upstream++;
    else downstream++;
    longestVesselM = Math.max(longestVesselM, passage.lengthM);
  });

  await finished(stream);

  return {
    passages,
    upstream,
    downstream,
    longestVesselM,
    // each recorded passage fills or empties one chamber once
    waterUsedM3: passages * CHAMBER_VOLUME_M3,
  };
}

export async function openFlightForDay(flightId: string, lockIds: string[], date: string): Promise<FlightSummary | null> {
  if (!(await flightReady(lockIds))) {
    await navigationNotices.post(flightId, `Flight ${flightId} closed on ${date}: obstruction in a chamber`);
    return null;
  }
  const yesterday = new Date(new Date(date).getTime() - 86_400_000).toISOString().slice(0, 10);
  const summary = await summariseDay(flightId, lockIds, yesterday);
  if (summary.longestVesselM > 21.9) {
    await navigationNotices.post(
      flightId,
      `Reminder: maximum craft length on flight ${flightId} is 21.9 m (a ${summary.longestVesselM.toFixed(1)} m vessel passed on ${yesterday})`,
    );
  }
  return summary;
}
