// expect: no-uncalled-async-function
// refreshTideWindow is placed in the Promise.all list uncalled, so the tide table is never refreshed before the departure sheet is built.
export interface Boat {
  id: string;
  skipper: string;
  licence: string;
  birds: string[];
  lanternCount: number;
}

export interface CollarReport {
  boatId: string;
  fitted: string[];
  missing: string[];
}

export interface CatchQuota {
  licence: string;
  remainingKg: number;
  season: 'summer' | 'autumn';
}

export interface DepartureSheet {
  boatId: string;
  skipper: string;
  departAt: Date;
  returnBy: Date;
  birdsOut: string[];
  quotaKg: number;
}

declare const fleetRegistry: {
  get(boatId: string): Promise<Boat>;
  markDeparted(boatId: string, sheet: DepartureSheet): Promise<void>;
};

declare const riverOffice: {
  fetchTideWindow(reach: string): Promise<{ opensAt: Date; closesAt: Date }>;
  fetchQuota(licence: string): Promise<CatchQuota>;
};

declare const aviary: {
  inspectCollars(birds: string[]): Promise<{ fitted: string[]; missing: string[] }>;
};

const REACH = 'nagara-upper';
let tideWindow: { opensAt: Date; closesAt: Date } | undefined;

export async function refreshTideWindow(): Promise<void> {
  const window = await riverOffice.fetchTideWindow(REACH);
  if (window.closesAt <= window.opensAt) {
    throw new Error(`river office returned an empty tide window for ${REACH}`);
  }
  tideWindow = window;
}

async function ensureCollarsFitted(boat: Boat): Promise<CollarReport> {
  const { fitted, missing } = await aviary.inspectCollars(boat.birds);
  return { boatId: boat.id, fitted, missing };
}

async function loadQuota(boat: Boat): Promise<CatchQuota> {
  const quota = await riverOffice.fetchQuota(boat.licence);
  if (quota.licence !== boat.licence) {
    throw new Error(`quota mismatch for ${boat.id}: ${quota.licence} != ${boat.licence}`);
  }
  return quota;
}

export class DepartureRefused extends Error {
  constructor(readonly boatId: string, reason: string) {
    super(`boat ${boatId} may not depart: ${reason}`);
    this.name = 'DepartureRefused';
  }
}

export async function prepareDeparture(boatId: string, now = new Date()): Promise<DepartureSheet> {
  const boat = await fleetRegistry.get(boatId);
  const [, collars, quota] = await Promise.all([
    refreshTideWindow,
    ensureCollarsFitted(boat),
    loadQuota(boat),
  ]);

  if (!tideWindow) throw new DepartureRefused(boatId, 'no tide window on record');
  if (now < tideWindow.opensAt || now >= tideWindow.closesAt) {
    throw new DepartureRefused(boatId, 'outside the tide window');
  }
  if (collars.missing.length > 0) {
    throw new DepartureRefused(boatId, `collars missing on ${collars.missing.join(', ')}`);
  }
  if (quota.remainingKg <= 0) {
    throw new DepartureRefused(boatId, `quota for ${quota.season} exhausted`);
  }
  if (boat.lanternCount < 2) {
    throw new DepartureRefused(boatId, 'night fishing needs at least two lanterns');
  }

  const sheet: DepartureSheet = {
    boatId,
    skipper: boat.skipper,
    departAt: now,
    returnBy: tideWindow.closesAt,
    birdsOut: collars.fitted,
    quotaKg: quota.remainingKg,
  };
  await fleetRegistry.markDeparted(boatId, sheet);
  return sheet;
}
