// expect: no-floating-promises
// bug: `spokes.forEach(async ...)` drops every adjustment promise, so truing "finishes" before any spoke is tensioned and adjustment failures go unhandled.
export interface Spoke {
  index: number;
  side: 'left' | 'right';
  tensionKgf: number;
}

export interface WheelBuild {
  serial: string;
  rimDiameterInch: 16 | 20 | 24 | 26 | 29 | 36;
  spokes: Spoke[];
}

export interface TruingReport {
  serial: string;
  adjusted: number;
  lateralRunoutMm: number;
  meanTensionKgf: number;
}

declare const truingStand: {
  measureRunout(serial: string): Promise<{ lateralMm: number; radialMm: number }>;
  turnNipple(serial: string, spokeIndex: number, quarterTurns: number): Promise<number>;
};

declare const buildLog: {
  record(report: TruingReport): Promise<void>;
};

const TARGET_TENSION_KGF: Record<WheelBuild['rimDiameterInch'], number> = {
  16: 95,
  20: 100,
  24: 105,
  26: 110,
  29: 115,
  36: 120,
};

function quarterTurnsFor(spoke: Spoke, target: number): number {
  const deficit = target - spoke.tensionKgf;
  if (Math.abs(deficit) < 4) return 0;
  const turns = Math.round(deficit / 6);
  return Math.max(-4, Math.min(4, turns));
}

export class WheelTruer {
  async true(wheel: WheelBuild): Promise<TruingReport> {
    const target = TARGET_TENSION_KGF[wheel.rimDiameterInch];
    const spokes = wheel.spokes.filter((s) => quarterTurnsFor(s, target) !== 0);
    const expectedMean =
      wheel.spokes.reduce((sum, s) => sum + (quarterTurnsFor(s, target) === 0 ? s.tensionKgf : target), 0) /
      wheel.spokes.length;

    spokes.forEach(async (spoke) => {
      const turns = quarterTurnsFor(spoke, target);
      const reached = await truingStand.turnNipple(wheel.serial, spoke.index, turns);
      if (Math.abs(reached - target) > 10) {
        throw new Error(`spoke ${spoke.index} on ${wheel.serial} stuck at ${reached} kgf`);
      }
    });

    const runout = await truingStand.measureRunout(wheel.serial);
    const report: TruingReport = {
      serial: wheel.serial,
      adjusted: spokes.length,
      lateralRunoutMm: runout.lateralMm,
      meanTensionKgf: Number(expectedMean.toFixed(1)),
    };
    await buildLog.record(report);
    return report;
  }
}

export async function trueBatch(truer: WheelTruer, wheels: WheelBuild[]): Promise<TruingReport[]> {
  const reports: TruingReport[] = [];
  for (const wheel of wheels) {
    const report = await truer.true(wheel);
    if (report.lateralRunoutMm > 0.5) {
      reports.push(await truer.true(wheel));
    } else {
      reports.push(report);
    }
  }
  return reports;
}
