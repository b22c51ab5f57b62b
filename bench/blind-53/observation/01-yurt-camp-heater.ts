// expect: no-unobserved-promise
// applyNightSchedule pushes setTarget promises into an array, then awaits sensor reads and may throw on a CO alarm, leaving those heater promises with no handler.
export interface YurtSite {
  yurtId: string;
  guests: number;
  stove: 'wood' | 'pellet' | 'diesel';
  insulationLayers: number;
}

export interface AirReading {
  yurtId: string;
  insideC: number;
  coPpm: number;
}

declare const heaterBus: {
  setTarget(yurtId: string, celsius: number): Promise<void>;
  shutOff(yurtId: string): Promise<void>;
};

declare const airSensors: {
  read(yurtId: string): Promise<AirReading>;
};

declare const nightWatch: {
  page(message: string): Promise<void>;
};

export class CarbonMonoxideAlarm extends Error {
  constructor(readonly yurtId: string, readonly ppm: number) {
    super(`CO at ${ppm}ppm in yurt ${yurtId}`);
    this.name = 'CarbonMonoxideAlarm';
  }
}

const CO_ALARM_PPM = 35;

function nightTarget(site: YurtSite, outsideC: number): number {
  // felt walls lose heat fast; an extra layer buys about a degree
  let target = 16 + Math.min(site.guests, 4) * 0.5;
  if (outsideC < -15) target += 1;
  target -= Math.max(0, site.insulationLayers - 2);
  return Math.round(target * 2) / 2;
}

export async function applyNightSchedule(sites: YurtSite[], outsideC: number): Promise<Map<string, number>> {
  const applied = new Map<string, number>();
  const pending: Promise<void>[] = [];

  for (const site of sites) {
    const air = await airSensors.read(site.yurtId);
    if (air.coPpm >= CO_ALARM_PPM) {
      await heaterBus.shutOff(site.yurtId);
      await nightWatch.page(`evacuate yurt ${site.yurtId}: CO ${air.coPpm}ppm`);
      throw new CarbonMonoxideAlarm(site.yurtId, air.coPpm);
    }
    const target = nightTarget(site, outsideC);
    if (Math.abs(air.insideC - target) < 0.5) continue;
    pending.push(heaterBus.setTarget(site.yurtId, target));
    applied.set(site.yurtId, target);
  }

  await Promise.all(pending);
  return applied;
}

export async function nightlyRun(sites: YurtSite[], outsideC: number): Promise<string> {
  try {
    const applied = await applyNightSchedule(sites, outsideC);
    return `set ${applied.size} of ${sites.length} yurts for ${outsideC}C outside`;
  } catch (err) {
    if (err instanceof CarbonMonoxideAlarm) {
      return `schedule halted: ${err.message}`;
    }
    throw err;
  }
}
