// expect: no-unobserved-promise
// planMistingCycle starts the humidity read, then awaits the schedule and weather calls before attaching anything to it, so a sensor failure meanwhile is an unhandled rejection.
export interface MistZone {
  zoneId: string;
  species: 'helix-aspersa' | 'helix-pomatia' | 'achatina';
  nozzleCount: number;
  targetRh: number;
}

export interface MistSchedule {
  zoneId: string;
  windows: Array<{ startHour: number; endHour: number }>;
  maxSecondsPerHour: number;
}

export interface MistCommand {
  zoneId: string;
  seconds: number;
  reason: string;
}

declare const sensors: {
  relativeHumidity(zoneId: string): Promise<number>;
};
declare const scheduleStore: {
  forZone(zoneId: string): Promise<MistSchedule>;
};
declare const weather: {
  outdoorDewPoint(): Promise<number>;
};
declare const valves: {
  mist(zoneId: string, seconds: number): Promise<void>;
};

const SPECIES_RH_FLOOR: Record<MistZone['species'], number> = {
  'helix-aspersa': 80,
  'helix-pomatia': 78,
  achatina: 85,
};

function inWindow(schedule: MistSchedule, hour: number): boolean {
  return schedule.windows.some((w) => hour >= w.startHour && hour < w.endHour);
}

export async function planMistingCycle(zone: MistZone, now = new Date()): Promise<MistCommand | null> {
  const humidityRead = sensors.relativeHumidity(zone.zoneId);

  const schedule = await scheduleStore.forZone(zone.zoneId);
  if (!inWindow(schedule, now.getHours())) {
    return null;
  }
  const dewPoint = await weather.outdoorDewPoint();

  const rh = await humidityRead;
  const target = Math.max(zone.targetRh, SPECIES_RH_FLOOR[zone.species]);
  if (rh >= target) return null;

  const deficit = target - rh;
  // Dry outdoor air pulls moisture out of the tunnels faster.
  const dryAirFactor = dewPoint < 5 ? 1.4 : dewPoint < 12 ? 1.15 : 1;
  const seconds = Math.min(
    schedule.maxSecondsPerHour,
    Math.round((deficit * 4 * dryAirFactor) / Math.max(1, zone.nozzleCount / 6)),
  );
  return {
    zoneId: zone.zoneId,
    seconds,
    reason: `rh ${rh}% < ${target}% (dew point ${dewPoint}C)`,
  };
}

export async function runMistingRound(zones: MistZone[]): Promise<MistCommand[]> {
  const issued: MistCommand[] = [];
  for (const zone of zones) {
    const cmd = await planMistingCycle(zone);
    if (!cmd || cmd.seconds <= 0) continue;
    await valves.mist(cmd.zoneId, cmd.seconds);
    issued.push(cmd);
  }
  return issued;
}

export function describeRound(cmds: MistCommand[]): string {
  if (cmds.length === 0) return 'all zones within humidity target';
  return cmds.map((c) => `${c.zoneId}: ${c.seconds}s (${c.reason})`).join('\n');
}
