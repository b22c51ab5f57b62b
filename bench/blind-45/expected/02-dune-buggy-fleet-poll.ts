// expect: no-reused-settled-promise
// waitUntilParked starts one getStatus request before the loop and re-awaits that same settled promise on every poll.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BuggyStatus {
  buggyId: string;
  ignitionOn: boolean;
  insideCompound: boolean;
  fuelPct: number;
  odometerKm: number;
  reportedAt: number;
}

export interface Rental {
  rentalId: string;
  buggyId: string;
  customerId: string;
  startOdometerKm: number;
  startFuelPct: number;
}

declare const telematics: {
  getStatus(buggyId: string): Promise<BuggyStatus>;
};

declare const rentals: {
  get(rentalId: string): Promise<Rental>;
  close(rentalId: string, charges: { distanceKm: number; refuelCents: number }): Promise<void>;
};

const REFUEL_CENTS_PER_PCT = 45;

export async function waitUntilParked(
  buggyId: string,
  { intervalMs = 5_000, maxPolls = 60 }: { intervalMs?: number; maxPolls?: number } = {},
): Promise<BuggyStatus> {
  const statusRequest = telematics.getStatus(buggyId);

  for (let poll = 0; poll < maxPolls; poll++) {
    const status = await statusRequest;
    if (status.insideCompound && !status.ignitionOn) {
      return status;
    }
    await sleep(intervalMs);
  }

  throw new Error(`Buggy ${buggyId} not parked in the compound after ${maxPolls} polls`);
}

function computeCharges(rental: Rental, parked: BuggyStatus) {
  const distanceKm = Math.max(0, parked.odometerKm - rental.startOdometerKm);
  const fuelShortfallPct = Math.max(0, rental.startFuelPct - parked.fuelPct);
  return {
    distanceKm: Math.round(distanceKm * 10) / 10,
    refuelCents: Math.ceil(fuelShortfallPct) * REFUEL_CENTS_PER_PCT,
  };
}

export async function checkInRental(rentalId: string): Promise<{ distanceKm: number; refuelCents: number }> {
  const rental = await rentals.get(rentalId);
  const parked = await waitUntilParked(rental.buggyId, { intervalMs: 3_000, maxPolls: 100 });

  const charges = computeCharges(rental, parked);
  await rentals.close(rentalId, charges);
  return charges;
}

export function describeCheckIn(rental: Rental, charges: { distanceKm: number; refuelCents: number }): string {
  const refuel = charges.refuelCents > 0
    ? `refuel charge $${(charges.refuelCents / 100).toFixed(2)}`
    : 'returned full';
  return `Rental ${rental.rentalId} (${rental.buggyId}): ${charges.distanceKm} km, ${refuel}`;
}
