// expect: no-leaked-race
// downloadWithDeadline races the download against a timers/promises sleep that is never cancelled, so the two-minute timer keeps the process alive after every successful sync.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DiveComputer {
  serial: string;
  model: string;
  downloadDives(sinceDiveNo: number): Promise<RawDive[]>;
  disconnect(): Promise<void>;
}

export interface RawDive {
  diveNo: number;
  startedAt: string;
  maxDepthM: number;
  durationMin: number;
  gas: { o2: number; he: number };
  cave: boolean;
}

export interface SyncReport {
  serial: string;
  newDives: number;
  deepestM: number;
  trimixDives: number;
}

declare const logbook: {
  lastDiveNo(serial: string): Promise<number>;
  append(serial: string, dives: RawDive[]): Promise<void>;
};

export class SyncTimeoutError extends Error {
  constructor(readonly serial: string, readonly ms: number) {
    super(`dive computer ${serial} did not finish downloading within ${ms}ms`);
  }
}

const DOWNLOAD_DEADLINE_MS = 120_000;

function downloadWithDeadline(device: DiveComputer, sinceDiveNo: number, ms: number): Promise<RawDive[]> {
  return Promise.race([
    device.downloadDives(sinceDiveNo),
    sleep(ms).then((): never => {
      throw new SyncTimeoutError(device.serial, ms);
    }),
  ]);
}

function validate(dives: RawDive[]): RawDive[] {
  return dives.filter((dive) => {
    if (dive.durationMin <= 0 || dive.maxDepthM <= 0) return false;
    if (dive.gas.o2 + dive.gas.he > 100) return false;
    return true;
  });
}

export async function syncComputer(device: DiveComputer): Promise<SyncReport> {
  try {
    const since = await logbook.lastDiveNo(device.serial);
    const downloaded = await downloadWithDeadline(device, since, DOWNLOAD_DEADLINE_MS);
    const dives = validate(downloaded).sort((a, b) => a.diveNo - b.diveNo);
    if (dives.length > 0) await logbook.append(device.serial, dives);
    return {
      serial: device.serial,
      newDives: dives.length,
      deepestM: dives.reduce((max, dive) => Math.max(max, dive.maxDepthM), 0),
      trimixDives: dives.filter((dive) => dive.gas.he > 0).length,
    };
  } finally {
    await device.disconnect();
  }
}

export async function syncAll(devices: readonly DiveComputer[]): Promise<SyncReport[]> {
  const reports: SyncReport[] = [];
  // The USB-IR cradle can only talk to one computer at a time.
  for (const device of devices) {
    reports.push(await syncComputer(device));
  }
  return reports;
}
