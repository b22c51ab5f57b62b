// expect: none
// Both requests are started together but handed to Promise.all in the same synchronous step, so a rejection from either one is always observed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Booking {
  ref: string;
  passengers: number;
  vehiclePlate?: string;
}

interface VehicleSlot {
  plate: string;
  lane: number;
  lengthM: number;
}

interface FerryApi {
  bookings(sailingId: string): Promise<Booking[]>;
  vehicles(sailingId: string): Promise<VehicleSlot[]>;
}

interface Manifest {
  sailingId: string;
  souls: number;
  laneMetres: Record<number, number>;
  unassignedVehicles: string[];
}

async function buildManifest(api: FerryApi, sailingId: string): Promise<Manifest> {
  const bookingsRequest = api.bookings(sailingId);
  const vehiclesRequest = api.vehicles(sailingId);
  const [bookings, vehicles] = await Promise.all([bookingsRequest, vehiclesRequest]);

  const laneMetres: Record<number, number> = {};
  const placed = new Set<string>();
  for (const slot of vehicles) {
    laneMetres[slot.lane] = (laneMetres[slot.lane] ?? 0) + slot.lengthM;
    placed.add(slot.plate);
  }
  return {
    sailingId,
    souls: bookings.reduce((n, b) => n + b.passengers, 0),
    laneMetres,
    unassignedVehicles: bookings.flatMap((b) => (b.vehiclePlate && !placed.has(b.vehiclePlate) ? [b.vehiclePlate] : [])),
  };
}

class FakeFerryApi implements FerryApi {
  bookingsData: Booking[] = [];
  vehiclesData: VehicleSlot[] = [];
  failVehicles: Error | null = null;
  calls: string[] = [];

  async bookings(sailingId: string): Promise<Booking[]> {
    this.calls.push(`bookings:${sailingId}`);
    await new Promise((r) => setTimeout(r, 10));
    return this.bookingsData;
  }

  async vehicles(sailingId: string): Promise<VehicleSlot[]> {
    this.calls.push(`vehicles:${sailingId}`);
    if (this.failVehicles) throw this.failVehicles;
    return this.vehiclesData;
  }
}

describe('buildManifest', () => {
  let api: FakeFerryApi;

  before(() => {
    api = new FakeFerryApi();
    api.bookingsData = [
      { ref: 'FT-1001', passengers: 2, vehiclePlate: 'KX12 ABC' },
      { ref: 'FT-1002', passengers: 1 },
      { ref: 'FT-1003', passengers: 4, vehiclePlate: 'MN70 ZZT' },
    ];
    api.vehiclesData = [{ plate: 'KX12 ABC', lane: 2, lengthM: 4.4 }];
  });

  after(() => {
    api.calls.length = 0;
  });

  test('counts souls on board and lane usage', async () => {
    const manifest = await buildManifest(api, 'ARD-0715');
    assert.equal(manifest.souls, 7);
    assert.deepEqual(manifest.laneMetres, { 2: 4.4 });
    assert.deepEqual(manifest.unassignedVehicles, ['MN70 ZZT']);
  });

  test('requests bookings and vehicles concurrently', async () => {
    api.calls.length = 0;
    await buildManifest(api, 'ARD-0930');
    assert.deepEqual(api.calls, ['bookings:ARD-0930', 'vehicles:ARD-0930']);
  });

  test('fails the manifest when the vehicle deck service is down', async () => {
    api.failVehicles = new Error('deck service unavailable');
    try {
      await assert.rejects(buildManifest(api, 'ARD-1145'), /deck service unavailable/);
    } finally {
      api.failVehicles = null;
    }
  });
});
