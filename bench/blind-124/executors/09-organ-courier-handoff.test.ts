// expect: no-multiple-settle
// onPing resolves the arrival deferred for every GPS fix inside the hospital geofence without checking whether it already settled, so each later fix settles it again and re-logs the handoff.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface LatLon {
  lat: number;
  lon: number;
}

interface GpsFix extends LatLon {
  at: number;
}

interface CustodyEvent {
  kind: 'departed' | 'arrived' | 'aborted';
  at: number;
  detail?: string;
}

function haversineMeters(a: LatLon, b: LatLon): number {
  const R = 6_371_000;
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

class HandoffTracker {
  readonly custody: CustodyEvent[] = [];
  readonly arrival: Promise<number>;
  private resolveArrival!: (at: number) => void;
  private rejectArrival!: (err: Error) => void;
  private done = false;

  constructor(private readonly hospital: LatLon, private readonly radiusM: number, departedAt: number) {
    this.arrival = new Promise<number>((resolve, reject) => {
      this.resolveArrival = resolve;
      this.rejectArrival = reject;
    });
    this.custody.push({ kind: 'departed', at: departedAt });
  }

  onPing(fix: GpsFix): void {
    if (haversineMeters(fix, this.hospital) <= this.radiusM) {
      this.done = true;
      this.custody.push({ kind: 'arrived', at: fix.at });
      this.resolveArrival(fix.at);
    }
  }

  abort(reason: string, at: number): void {
    if (this.done) return;
    this.done = true;
    this.custody.push({ kind: 'aborted', at, detail: reason });
    this.rejectArrival(new Error(`transport aborted: ${reason}`));
  }
}

describe('HandoffTracker', () => {
  const hospital: LatLon = { lat: 59.3496, lon: 18.0327 };
  let route: GpsFix[] = [];

  before(() => {
    // approach from the south, roughly 400 m per fix
    route = Array.from({ length: 6 }, (_, i) => ({
      lat: hospital.lat - 0.018 + i * 0.0036,
      lon: hospital.lon,
      at: 1_700_000_000_000 + i * 30_000,
    }));
  });

  after(() => {
    route = [];
  });

  test('resolves with the time of the first fix inside the geofence', async () => {
    const tracker = new HandoffTracker(hospital, 250, route[0].at);
    for (const fix of route) tracker.onPing(fix);
    assert.equal(await tracker.arrival, route[5].at);
    assert.deepEqual(
      tracker.custody.map((e) => e.kind),
      ['departed', 'arrived'],
    );
  });

  test('rejects when the transport is aborted en route', async () => {
    const tracker = new HandoffTracker(hospital, 250, route[0].at);
    tracker.onPing(route[1]);
    tracker.abort('cooler temperature excursion', route[2].at);
    await assert.rejects(tracker.arrival, /cooler temperature excursion/);
  });

  test('ignores an abort after the organ has been handed over', async () => {
    const tracker = new HandoffTracker(hospital, 250, route[0].at);
    tracker.onPing(route[5]);
    tracker.abort('late radio message', route[5].at + 1_000);
    assert.equal(await tracker.arrival, route[5].at);
    assert.equal(tracker.custody.at(-1)?.kind, 'arrived');
  });
});
