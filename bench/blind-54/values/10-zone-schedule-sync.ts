// expect: none
// Each async lookup is awaited before it meets ??, a truthiness test or the JSON payload, so only settled values are compared and sent.
export interface ZoneSchedule {
  zoneId: string;
  pulsesPerDay: number;
  secondsPerPulse: number;
  quietHours: [number, number];
}

export interface WallProfile {
  wallId: string;
  exposure: "north" | "south" | "east" | "west" | "indoor";
  zones: string[];
}

declare const scheduleStore: { get(zoneId: string): Promise<ZoneSchedule | undefined> };
declare const humidity: { indoorPct(wallId: string): Promise<number | null> };
declare const controller: {
  push(wallId: string, body: string): Promise<{ accepted: boolean; revision: number }>;
};

const DEFAULTS: Record<WallProfile["exposure"], Omit<ZoneSchedule, "zoneId">> = {
  north: { pulsesPerDay: 3, secondsPerPulse: 20, quietHours: [22, 6] },
  south: { pulsesPerDay: 6, secondsPerPulse: 30, quietHours: [22, 6] },
  east: { pulsesPerDay: 4, secondsPerPulse: 25, quietHours: [22, 6] },
  west: { pulsesPerDay: 5, secondsPerPulse: 25, quietHours: [22, 6] },
  indoor: { pulsesPerDay: 2, secondsPerPulse: 15, quietHours: [20, 8] },
};

async function scheduleFor(zoneId: string, wall: WallProfile): Promise<ZoneSchedule> {
  return (await scheduleStore.get(zoneId)) ?? { zoneId, ...DEFAULTS[wall.exposure] };
}

function damperFactor(humidityPct: number | null): number {
  if (humidityPct === null) return 1;
  if (humidityPct > 75) return 0.6;
  if (humidityPct < 40) return 1.3;
  return 1;
}

export async function syncWall(wall: WallProfile): Promise<number> {
  const schedules = await Promise.all(wall.zones.map((zoneId) => scheduleFor(zoneId, wall)));
  const indoor = wall.exposure === "indoor" ? await humidity.indoorPct(wall.wallId) : null;
  const factor = damperFactor(indoor);

  const adjusted = schedules.map((s) => ({
    ...s,
    secondsPerPulse: Math.max(5, Math.round(s.secondsPerPulse * factor)),
  }));

  const ack = await controller.push(
    wall.wallId,
    JSON.stringify({ wallId: wall.wallId, humidityPct: indoor, schedules: adjusted }),
  );
  if (!ack.accepted) {
    throw new Error(`controller rejected schedule for wall ${wall.wallId}`);
  }
  return ack.revision;
}

export async function syncAll(walls: WallProfile[]): Promise<Record<string, number>> {
  const revisions: Record<string, number> = {};
  for (const wall of walls) {
    revisions[wall.wallId] = await syncWall(wall);
  }
  return revisions;
}
