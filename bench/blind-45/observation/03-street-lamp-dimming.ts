// expect: no-floating-promises
// applyProfile hands an async callback to forEach, so the per-lamp writes are dropped: failures go unhandled and "applied" is reported before any lamp changes.
export interface Lamp {
  lampId: string;
  street: string;
  ratedWatts: number;
  nearCrossing: boolean;
  firmware: string;
}

export interface DimmingProfile {
  name: string;
  // Level (0-100) by hour of night, 18:00 through 06:00.
  levels: number[];
}

declare const lampNetwork: {
  lampsInZone(zoneId: string): Promise<Lamp[]>;
  pushSchedule(lampId: string, levels: number[]): Promise<void>;
};

declare const energyLedger: {
  recordProfileChange(zoneId: string, profile: string, expectedKwhPerNight: number): Promise<void>;
};

const CROSSING_MINIMUM_LEVEL = 70;

function levelsFor(lamp: Lamp, profile: DimmingProfile): number[] {
  if (!lamp.nearCrossing) return profile.levels;
  // Pedestrian crossings keep a floor so zebra markings stay visible all night.
  return profile.levels.map((level) => Math.max(level, CROSSING_MINIMUM_LEVEL));
}

function nightlyKwh(lamp: Lamp, levels: number[]): number {
  return levels.reduce((sum, level) => sum + (lamp.ratedWatts * level) / 100 / 1000, 0);
}

function supportsTwelveSlotSchedule(lamp: Lamp): boolean {
  const [major, minor] = lamp.firmware.split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 4);
}

export async function applyProfile(
  zoneId: string,
  profile: DimmingProfile,
): Promise<{ applied: number; skipped: string[]; kwhPerNight: number }> {
  if (profile.levels.length !== 12) {
    throw new Error(`Profile ${profile.name} must have 12 hourly levels`);
  }

  const lamps = await lampNetwork.lampsInZone(zoneId);
  const skipped: string[] = [];
  let kwhPerNight = 0;
  let applied = 0;

  const eligible = lamps.filter((lamp) => {
    if (supportsTwelveSlotSchedule(lamp)) return true;
    skipped.push(lamp.lampId);
    return false;
  });

  eligible.forEach(async (lamp) => {
    const levels = levelsFor(lamp, profile);
    await lampNetwork.pushSchedule(lamp.lampId, levels);
    kwhPerNight += nightlyKwh(lamp, levels);
    applied++;
  });

  await energyLedger.recordProfileChange(zoneId, profile.name, kwhPerNight);
  return { applied, skipped, kwhPerNight };
}

export const QUIET_HOURS: DimmingProfile = {
  name: 'quiet-hours',
  levels: [100, 100, 90, 80, 60, 40, 30, 30, 30, 40, 70, 100],
};

export const FESTIVAL: DimmingProfile = {
  name: 'festival',
  levels: [100, 100, 100, 100, 100, 90, 80, 60, 50, 60, 80, 100],
};
