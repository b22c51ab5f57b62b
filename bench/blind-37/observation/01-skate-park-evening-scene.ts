// expect: no-unobserved-promise
// warmUpDrivers() is started first but only awaited after two other awaits, so an early driver fault is an unhandled rejection.
export interface Zone {
  id: string;
  name: 'bowl' | 'street' | 'vert' | 'pump-track' | 'plaza';
  fixtures: number;
  maxLux: number;
}

export interface Scene {
  name: string;
  levels: Partial<Record<Zone['name'], number>>; // percent of maxLux
  fadeSeconds: number;
}

interface ParkEvent {
  title: string;
  zone: Zone['name'];
  startsAt: Date;
  endsAt: Date;
}

export interface SceneReport {
  parkId: string;
  scene: string;
  zonesLit: number;
  offAt: Date;
}

declare const lighting: {
  warmUpDrivers(parkId: string): Promise<void>;
  setZoneLevel(parkId: string, zoneId: string, lux: number, fadeSeconds: number): Promise<void>;
};
declare function listZones(parkId: string): Promise<Zone[]>;
declare function upcomingEvents(parkId: string, day: Date): Promise<ParkEvent[]>;

const CURFEW_HOUR = 22;
const EVENT_BOOST = 1.2;

function curfewFor(day: Date, events: ParkEvent[]): Date {
  const curfew = new Date(day);
  curfew.setHours(CURFEW_HOUR, 0, 0, 0);
  const lastEvent = events.reduce<Date | null>((latest, e) => (!latest || e.endsAt > latest ? e.endsAt : latest), null);
  return lastEvent && lastEvent > curfew ? lastEvent : curfew;
}

function targetLux(zone: Zone, scene: Scene, events: ParkEvent[], now: Date): number {
  const pct = scene.levels[zone.name] ?? 0;
  const eventLive = events.some((e) => e.zone === zone.name && e.startsAt <= now && now < e.endsAt);
  const lux = (zone.maxLux * pct) / 100;
  return Math.round(Math.min(zone.maxLux, eventLive ? lux * EVENT_BOOST : lux));
}

export async function applyEveningScene(parkId: string, scene: Scene, now = new Date()): Promise<SceneReport> {
  const warmUp = lighting.warmUpDrivers(parkId);
  const zones = await listZones(parkId);
  const events = await upcomingEvents(parkId, now);

  await warmUp;

  let zonesLit = 0;
  for (const zone of zones) {
    const lux = targetLux(zone, scene, events, now);
    await lighting.setZoneLevel(parkId, zone.id, lux, scene.fadeSeconds);
    if (lux > 0) zonesLit++;
  }

  return { parkId, scene: scene.name, zonesLit, offAt: curfewFor(now, events) };
}

export async function lightsOut(parkId: string): Promise<void> {
  const zones = await listZones(parkId);
  for (const zone of zones) {
    await lighting.setZoneLevel(parkId, zone.id, 0, 30);
  }
}
