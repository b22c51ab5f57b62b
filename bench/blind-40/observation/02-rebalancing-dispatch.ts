// expect: none
// The battery report starts early but settle() attaches fulfilment and rejection handlers at once, so nothing can reject unobserved during the other awaits.
export interface Scooter {
  scooterId: string;
  lat: number;
  lng: number;
  locked: boolean;
}

interface BatteryStatus {
  scooterId: string;
  pct: number;
}

interface Hotspot {
  hotspotId: string;
  lat: number;
  lng: number;
  expectedRides: number;
}

export interface RebalanceTask {
  scooterId: string;
  action: 'move' | 'swap_battery' | 'move_and_swap';
  toHotspot?: string;
}

declare const telemetry: { batteryReport(zoneId: string): Promise<BatteryStatus[]> };
declare const demand: { hotspots(zoneId: string, hour: number): Promise<Hotspot[]> };
declare const fleetDb: { scootersInZone(zoneId: string): Promise<Scooter[]> };
declare const dispatch: { createTasks(zoneId: string, tasks: RebalanceTask[]): Promise<number> };

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error }),
  );
}

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = (a.lat - b.lat) * 111;
  const dLng = (a.lng - b.lng) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLng);
}

export async function planRebalancing(zoneId: string, hour: number): Promise<number> {
  const batteries = settle(telemetry.batteryReport(zoneId));
  const scooters = await fleetDb.scootersInZone(zoneId);
  const hotspots = await demand.hotspots(zoneId, hour);

  const batteryResult = await batteries;
  const levels = new Map<string, number>();
  if (batteryResult.ok) {
    for (const b of batteryResult.value) levels.set(b.scooterId, b.pct);
  } else {
    console.warn(`battery report unavailable for ${zoneId}, planning moves only`, batteryResult.error);
  }

  const ranked = [...hotspots].sort((a, b) => b.expectedRides - a.expectedRides);
  const tasks: RebalanceTask[] = [];
  for (const scooter of scooters) {
    if (scooter.locked) continue;
    const pct = levels.get(scooter.scooterId);
    const lowBattery = pct !== undefined && pct < 20;
    const nearest = ranked.find((h) => distanceKm(h, scooter) < 0.4);
    const target = nearest ? undefined : ranked[0];
    if (!target && !lowBattery) continue;
    tasks.push({
      scooterId: scooter.scooterId,
      action: target ? (lowBattery ? 'move_and_swap' : 'move') : 'swap_battery',
      toHotspot: target?.hotspotId,
    });
  }

  if (tasks.length === 0) return 0;
  return dispatch.createTasks(zoneId, tasks);
}
