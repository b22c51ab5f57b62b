// expect: no-uncalled-async-function
// Bug: on low battery the map callback returns drone.returnToHive (the method) instead of calling it, so Promise.all gets a function and the drone is never recalled.
export interface BloomZone {
  id: string;
  distanceM: number;
  flowers: number;
  crop: "almond" | "apple" | "blueberry" | "clover";
}

export interface PollinatorDrone {
  id: string;
  batteryLevel(): Promise<number>;
  flyTo(zoneId: string): Promise<void>;
  brushFlowers(count: number): Promise<number>;
  returnToHive(): Promise<void>;
}

declare const orchardTelemetry: {
  recordVisit(droneId: string, zoneId: string, flowers: number): void;
  recordRecall(droneId: string, reason: string): void;
};

const WH_PER_100M = 0.9;
const WH_PER_FLOWER = 0.02;
const BATTERY_WH = 48;

function reserveFor(zone: BloomZone): number {
  const travel = ((zone.distanceM * 2) / 100) * WH_PER_100M;
  const work = Math.min(zone.flowers, 400) * WH_PER_FLOWER;
  return (travel + work) / BATTERY_WH + 0.1;
}

async function pollinate(drone: PollinatorDrone, zone: BloomZone): Promise<void> {
  await drone.flyTo(zone.id);
  const brushed = await drone.brushFlowers(Math.min(zone.flowers, 400));
  orchardTelemetry.recordVisit(drone.id, zone.id, brushed);
  await drone.returnToHive();
}

export function assignZones(drones: PollinatorDrone[], zones: BloomZone[]): Array<[PollinatorDrone, BloomZone]> {
  const byPriority = [...zones].sort((a, b) => {
    const crops = ["almond", "apple", "blueberry", "clover"];
    return crops.indexOf(a.crop) - crops.indexOf(b.crop) || b.flowers - a.flowers;
  });
  return drones.slice(0, byPriority.length).map((drone, i) => [drone, byPriority[i]]);
}

export async function dispatchWave(drones: PollinatorDrone[], zones: BloomZone[]): Promise<number> {
  const pairs = assignZones(drones, zones);
  const levels = await Promise.all(pairs.map(([drone]) => drone.batteryLevel()));

  await Promise.all(
    pairs.map(([drone, zone], i) => {
      if (levels[i] < reserveFor(zone)) {
        orchardTelemetry.recordRecall(drone.id, `battery ${(levels[i] * 100).toFixed(0)}%`);
        return drone.returnToHive;
      }
      return pollinate(drone, zone);
    }),
  );
  return pairs.length;
}

export async function dispatchDay(drones: PollinatorDrone[], waves: BloomZone[][]): Promise<number> {
  let sorties = 0;
  for (const zones of waves) {
    sorties += await dispatchWave(drones, zones);
  }
  return sorties;
}
