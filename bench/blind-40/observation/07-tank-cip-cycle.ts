// expect: none
// Each async per-tank callback is collected by map() and awaited through Promise.all, and every pushed promise is awaited before anything else can throw.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FermentationTank {
  tankId: string;
  volumeHl: number;
  state: 'empty' | 'fermenting' | 'conditioning' | 'dirty';
  lastBeer?: 'lager' | 'ale' | 'sour';
}

interface CipStep {
  name: 'pre-rinse' | 'caustic' | 'intermediate-rinse' | 'acid' | 'sanitise';
  seconds: number;
  temperatureC: number;
}

declare const cipSkid: {
  runStep(skidId: string, tankId: string, step: CipStep): Promise<{ conductivityMs: number }>;
};

declare const brewLog: {
  cleaned(tankId: string, steps: string[], finishedAt: string): Promise<void>;
  alarm(tankId: string, message: string): Promise<void>;
};

const BASE_PROGRAM: CipStep[] = [
  { name: 'pre-rinse', seconds: 300, temperatureC: 20 },
  { name: 'caustic', seconds: 1_200, temperatureC: 75 },
  { name: 'intermediate-rinse', seconds: 300, temperatureC: 20 },
  { name: 'acid', seconds: 900, temperatureC: 20 },
  { name: 'sanitise', seconds: 600, temperatureC: 20 },
];

function programFor(tank: FermentationTank): CipStep[] {
  if (tank.lastBeer === 'sour') {
    return BASE_PROGRAM.map((s) => (s.name === 'caustic' ? { ...s, seconds: s.seconds * 2 } : s));
  }
  return BASE_PROGRAM;
}

async function cleanTank(skidId: string, tank: FermentationTank): Promise<string> {
  const done: string[] = [];
  for (const step of programFor(tank)) {
    const { conductivityMs } = await cipSkid.runStep(skidId, tank.tankId, step);
    if (step.name === 'caustic' && conductivityMs < 40) {
      await brewLog.alarm(tank.tankId, `caustic conductivity low (${conductivityMs} mS)`);
      throw new Error(`CIP aborted on ${tank.tankId}: weak caustic`);
    }
    done.push(step.name);
    await sleep(5_000);
  }
  await brewLog.cleaned(tank.tankId, done, new Date().toISOString());
  return tank.tankId;
}

export async function cleanDirtyTanks(tanks: readonly FermentationTank[], skidIds: readonly string[]): Promise<string[]> {
  const dirty = tanks.filter((t) => t.state === 'dirty').sort((a, b) => b.volumeHl - a.volumeHl);
  const cleaned: string[] = [];

  for (let i = 0; i < dirty.length; i += skidIds.length) {
    const batch = dirty.slice(i, i + skidIds.length);
    const ids = await Promise.all(
      batch.map(async (tank, slot) => {
        const skidId = skidIds[slot] as string;
        return cleanTank(skidId, tank);
      }),
    );
    cleaned.push(...ids);
  }
  return cleaned;
}

export async function verifySkids(skidIds: readonly string[], probeTank: FermentationTank): Promise<void> {
  const checks: Promise<{ conductivityMs: number }>[] = [];
  for (const skidId of skidIds) {
    checks.push(cipSkid.runStep(skidId, probeTank.tankId, { name: 'pre-rinse', seconds: 30, temperatureC: 20 }));
  }
  const readings = await Promise.all(checks);
  const bad = readings.findIndex((r) => r.conductivityMs > 5);
  if (bad !== -1) {
    throw new Error(`skid ${skidIds[bad]} rinse water conductivity too high`);
  }
}
