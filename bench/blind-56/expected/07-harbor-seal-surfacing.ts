// expect: no-reused-settled-promise
// waitForSurfacing requests the tag status once and then polls by re-awaiting that same settled promise, so it never sees a newer fix.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TagStatus {
  tagId: string;
  surfaced: boolean;
  lat: number;
  lon: number;
  diveDepthM: number;
  batteryPct: number;
  fixAt: string;
}

export interface SealProfile {
  sealId: string;
  nickname: string;
  tagId: string;
  colony: string;
}

declare const argosRelay: {
  getTagStatus(tagId: string): Promise<TagStatus>;
};

declare const fieldTeam: {
  dispatchBoat(colony: string, lat: number, lon: number, reason: string): Promise<{ boatId: string }>;
};

declare const sightingsDb: {
  insert(sealId: string, status: TagStatus): Promise<void>;
  lastKnown(sealId: string): Promise<TagStatus | null>;
};

const POLL_INTERVAL_MS = 30_000;
const LOW_BATTERY_PCT = 15;

async function waitForSurfacing(tagId: string, timeoutMs: number): Promise<TagStatus | null> {
  const deadline = Date.now() + timeoutMs;
  const fetchStatus = argosRelay.getTagStatus(tagId);

  while (Date.now() < deadline) {
    const status = await fetchStatus;
    if (status.surfaced) {
      return status;
    }
    const remaining = deadline - Date.now();
    await sleep(Math.min(POLL_INTERVAL_MS, Math.max(0, remaining)));
  }
  return null;
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export async function trackSeal(seal: SealProfile, windowMs: number): Promise<'sighted' | 'missing' | 'boat-dispatched'> {
  const previous = await sightingsDb.lastKnown(seal.sealId);
  const fix = await waitForSurfacing(seal.tagId, windowMs);

  if (!fix) {
    return 'missing';
  }

  await sightingsDb.insert(seal.sealId, fix);

  const travelled = previous ? distanceKm(previous, fix) : 0;
  if (fix.batteryPct < LOW_BATTERY_PCT || travelled > 80) {
    const reason =
      fix.batteryPct < LOW_BATTERY_PCT
        ? `tag battery at ${fix.batteryPct}%`
        : `${seal.nickname} moved ${travelled.toFixed(0)} km since last fix`;
    await fieldTeam.dispatchBoat(seal.colony, fix.lat, fix.lon, reason);
    return 'boat-dispatched';
  }
  return 'sighted';
}

export async function sweepColony(seals: readonly SealProfile[], windowMs: number): Promise<Record<string, string>> {
  const outcome: Record<string, string> = {};
  for (const seal of seals) {
    outcome[seal.nickname] = await trackSeal(seal, windowMs);
  }
  return outcome;
}
