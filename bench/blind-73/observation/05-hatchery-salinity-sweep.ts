// expect: no-unchecked-settled-results
// The allSettled results are cast to PromiseFulfilledResult without checking status, so a failed probe yields an undefined reading that silently skips the alarm.
export type Stage = 'broodstock' | 'larvae' | 'spat' | 'nursery';

export interface Tank {
  id: string;
  stage: Stage;
  volumeL: number;
}

export interface SalinityReport {
  tankId: string;
  ppt: number;
  inRange: boolean;
}

declare const probes: {
  salinity(tankId: string): Promise<number>;
};

declare const dosing: {
  addBrine(tankId: string, litres: number): Promise<void>;
  addFreshwater(tankId: string, litres: number): Promise<void>;
};

declare const pager: {
  alarm(message: string, tanks: string[]): Promise<void>;
};

const RANGE_PPT: Record<Stage, [number, number]> = {
  broodstock: [28, 32],
  larvae: [24, 28],
  spat: [22, 28],
  nursery: [20, 30],
};

function correction(tank: Tank, ppt: number): { kind: 'brine' | 'fresh'; litres: number } | null {
  const [low, high] = RANGE_PPT[tank.stage];
  if (ppt < low) {
    return { kind: 'brine', litres: ((low - ppt) / 250) * tank.volumeL };
  }
  if (ppt > high) {
    return { kind: 'fresh', litres: ((ppt - high) / high) * tank.volumeL };
  }
  return null;
}

export async function salinitySweep(tanks: Tank[]): Promise<SalinityReport[]> {
  const settled = await Promise.allSettled(tanks.map((t) => probes.salinity(t.id)));
  const readings = settled.map((r) => (r as PromiseFulfilledResult<number>).value);

  const reports: SalinityReport[] = [];
  const outOfRange: string[] = [];

  for (const [i, tank] of tanks.entries()) {
    const ppt = readings[i]!;
    const fix = correction(tank, ppt);
    reports.push({ tankId: tank.id, ppt, inRange: fix === null });
    if (!fix) continue;

    outOfRange.push(tank.id);
    const litres = Math.min(fix.litres, tank.volumeL * 0.05);
    if (fix.kind === 'brine') {
      await dosing.addBrine(tank.id, Number(litres.toFixed(1)));
    } else {
      await dosing.addFreshwater(tank.id, Number(litres.toFixed(1)));
    }
  }

  const larvaeOut = outOfRange.filter((id) => tanks.find((t) => t.id === id)?.stage === 'larvae');
  if (larvaeOut.length > 0) {
    await pager.alarm('larvae tanks outside salinity range', larvaeOut);
  }
  return reports;
}
