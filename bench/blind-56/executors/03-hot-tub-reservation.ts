// expect: no-multiple-settle
// lookupTub rejects a decommissioned tub but falls through without returning, so the same callback then also calls resolve.
export interface TubRow {
  tubId: string;
  seats: number;
  depotId: string;
  status: 'available' | 'rented' | 'maintenance' | 'decommissioned';
  lastChlorineCheck: string;
}

export interface RentalWindow {
  startIso: string;
  endIso: string;
  customerId: string;
}

export class TubUnavailableError extends Error {
  constructor(
    readonly tubId: string,
    readonly reason: TubRow['status'],
  ) {
    super(`hot tub ${tubId} cannot be rented: ${reason}`);
    this.name = 'TubUnavailableError';
  }
}

declare const fleetRegistry: {
  lookup(tubId: string, cb: (err: Error | null, row: TubRow) => void): void;
  reserve(tubId: string, window: RentalWindow, cb: (err: Error | null, confirmation: string) => void): void;
};

declare const deliveryPlanner: {
  scheduleDropOff(depotId: string, tubId: string, window: RentalWindow): Promise<{ truckId: string }>;
};

function lookupTub(tubId: string): Promise<TubRow> {
  return new Promise((resolve, reject) => {
    fleetRegistry.lookup(tubId, (err, row) => {
      if (err) {
        reject(err);
        return;
      }
      if (row.status === 'decommissioned') {
        reject(new TubUnavailableError(tubId, row.status));
      }
      resolve(row);
    });
  });
}

function reserveTub(tubId: string, window: RentalWindow): Promise<string> {
  return new Promise((resolve, reject) => {
    fleetRegistry.reserve(tubId, window, (err, confirmation) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(confirmation);
    });
  });
}

function chlorineCheckIsStale(row: TubRow, now: Date): boolean {
  const checkedAt = new Date(row.lastChlorineCheck).getTime();
  const sevenDays = 7 * 24 * 60 * 60 * 1000;
  return Number.isNaN(checkedAt) || now.getTime() - checkedAt > sevenDays;
}

export interface BookingResult {
  confirmation: string;
  truckId: string;
  needsChlorineCheck: boolean;
}

export async function bookHotTub(tubId: string, window: RentalWindow, partySize: number): Promise<BookingResult> {
  const row = await lookupTub(tubId);
  if (row.status !== 'available') {
    throw new TubUnavailableError(tubId, row.status);
  }
  if (row.seats < partySize) {
    throw new RangeError(`hot tub ${tubId} seats ${row.seats}, party of ${partySize} requested`);
  }

  const confirmation = await reserveTub(tubId, window);
  const { truckId } = await deliveryPlanner.scheduleDropOff(row.depotId, tubId, window);

  return {
    confirmation,
    truckId,
    needsChlorineCheck: chlorineCheckIsStale(row, new Date(window.startIso)),
  };
}

export async function findFirstBookable(
  candidates: readonly string[],
  window: RentalWindow,
  partySize: number,
): Promise<BookingResult | null> {
  for (const tubId of candidates) {
    try {
      return await bookHotTub(tubId, window, partySize);
    } catch (err) {
      if (err instanceof TubUnavailableError || err instanceof RangeError) continue;
      throw err;
    }
  }
  return null;
}
