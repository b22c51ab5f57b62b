// expect: require-signal-propagation
// brewInfusions has the order's signal and passes it to the kettle calls, but the steeping delay from timers/promises is awaited without it, so a cancelled order keeps steeping.
import { setTimeout as sleep } from 'node:timers/promises';

export type Leaf = 'dragon-well' | 'tieguanyin' | 'da-hong-pao' | 'shou-puerh' | 'bai-mudan';

export interface Infusion {
  round: number;
  tempC: number;
  steepSeconds: number;
  pouredAt: string;
}

declare const kettle: {
  heatTo(station: string, tempC: number, opts: { signal?: AbortSignal }): Promise<number>;
  pour(station: string, ml: number, opts: { signal?: AbortSignal }): Promise<void>;
};

declare const gongfuLog: {
  append(orderId: string, infusion: Infusion): Promise<void>;
};

// gongfu-style schedules: first steep short, each later round a little longer
const SCHEDULE: Record<Leaf, { tempC: number; firstSeconds: number; stepSeconds: number; rounds: number }> = {
  'dragon-well': { tempC: 80, firstSeconds: 30, stepSeconds: 10, rounds: 3 },
  tieguanyin: { tempC: 95, firstSeconds: 20, stepSeconds: 5, rounds: 6 },
  'da-hong-pao': { tempC: 98, firstSeconds: 15, stepSeconds: 5, rounds: 6 },
  'shou-puerh': { tempC: 100, firstSeconds: 10, stepSeconds: 5, rounds: 8 },
  'bai-mudan': { tempC: 85, firstSeconds: 45, stepSeconds: 15, rounds: 4 },
};

export function steepTimes(leaf: Leaf): number[] {
  const s = SCHEDULE[leaf];
  return Array.from({ length: s.rounds }, (_, i) => s.firstSeconds + i * s.stepSeconds);
}

export async function brewInfusions(
  orderId: string,
  station: string,
  leaf: Leaf,
  signal: AbortSignal,
  vesselMl = 120,
): Promise<Infusion[]> {
  const { tempC } = SCHEDULE[leaf];
  const infusions: Infusion[] = [];

  // puerh gets a quick rinse that is discarded before the first real round
  if (leaf === 'shou-puerh') {
    await kettle.heatTo(station, 100, { signal });
    await kettle.pour(station, vesselMl, { signal });
  }

  for (const [i, seconds] of steepTimes(leaf).entries()) {
    signal.throwIfAborted();
    const reached = await kettle.heatTo(station, tempC, { signal });
    await kettle.pour(station, vesselMl, { signal });
    await sleep(seconds * 1000);
    const infusion: Infusion = {
      round: i + 1,
      tempC: reached,
      steepSeconds: seconds,
      pouredAt: new Date().toISOString(),
    };
    infusions.push(infusion);
    await gongfuLog.append(orderId, infusion);
  }
  return infusions;
}
