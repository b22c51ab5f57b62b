// expect: no-read-before-settle
// The constructor sets this.firmware from the execFile callback but computes supportsSeedMode from it synchronously, while it is still 'unknown'.
import { execFile } from 'node:child_process';

export interface TemperCurve {
  meltC: number;
  coolC: number;
  workC: number;
  seedPercent: number;
}

export type Couverture = 'dark-70' | 'milk-38' | 'white-31' | 'ruby-47';

const CURVES: Record<Couverture, TemperCurve> = {
  'dark-70': { meltC: 50, coolC: 28, workC: 31.5, seedPercent: 25 },
  'milk-38': { meltC: 45, coolC: 27, workC: 30, seedPercent: 20 },
  'white-31': { meltC: 42, coolC: 26, workC: 28.5, seedPercent: 18 },
  'ruby-47': { meltC: 45, coolC: 26, workC: 29.5, seedPercent: 20 },
};

declare const lineBus: {
  send(lineId: string, command: Record<string, string | number | boolean>): Promise<void>;
};

function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map((n) => Number.parseInt(n, 10));
  const b = minimum.split('.').map((n) => Number.parseInt(n, 10));
  if (a.some(Number.isNaN)) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

export class TemperingLineController {
  private firmware = 'unknown';
  readonly supportsSeedMode: boolean;

  constructor(readonly lineId: string, controllerBinary = '/opt/temper/bin/temperctl') {
    execFile(controllerBinary, ['--line', lineId, '--version'], { timeout: 5_000 }, (err, stdout) => {
      if (!err) this.firmware = stdout.trim();
    });
    this.supportsSeedMode = versionAtLeast(this.firmware, '4.2.0');
  }

  firmwareVersion(): string {
    return this.firmware;
  }

  async temper(couverture: Couverture, batchKg: number): Promise<TemperCurve> {
    const curve = CURVES[couverture];
    await lineBus.send(this.lineId, { step: 'melt', targetC: curve.meltC, batchKg });

    if (this.supportsSeedMode) {
      const seedKg = Math.round(batchKg * curve.seedPercent) / 100;
      await lineBus.send(this.lineId, { step: 'seed', seedKg, targetC: curve.coolC });
    } else {
      await lineBus.send(this.lineId, { step: 'table-cool', targetC: curve.coolC });
    }

    await lineBus.send(this.lineId, { step: 'rewarm', targetC: curve.workC, hold: true });
    return curve;
  }
}

export function workingWindow(couverture: Couverture, toleranceC = 0.5): [number, number] {
  const { workC } = CURVES[couverture];
  return [workC - toleranceC, workC + toleranceC];
}

export function isInTemper(couverture: Couverture, massTempC: number): boolean {
  const [low, high] = workingWindow(couverture);
  return massTempC >= low && massTempC <= high;
}
