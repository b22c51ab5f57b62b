// expect: no-read-before-settle
// Bug: firmware is assigned inside execFile's callback, but vanCheckIn builds and returns the record synchronously, so firmware is always 'unknown'.
import { execFile } from 'node:child_process';
import os from 'node:os';

export interface VanCheckIn {
  vanId: string;
  host: string;
  firmware: string;
  solutionTankLitres: number;
  recoveryTankLitres: number;
  hoseMetres: number;
  checkedAt: string;
  warnings: string[];
}

interface TankLevels {
  solutionLitres: number;
  recoveryLitres: number;
}

declare const vanHardware: {
  tankLevels(): TankLevels;
  hoseReelMetres(): number;
  heaterOk(): boolean;
};
declare const vanConfig: { vanId: string; ctlPath: string; minSolutionLitres: number; recoveryCapacityLitres: number };

function warningsFor(levels: TankLevels, hoseMetres: number, heaterOk: boolean): string[] {
  const warnings: string[] = [];
  if (levels.solutionLitres < vanConfig.minSolutionLitres) {
    warnings.push(`solution tank low: ${levels.solutionLitres.toFixed(0)} L`);
  }
  if (levels.recoveryLitres > vanConfig.recoveryCapacityLitres * 0.2) {
    warnings.push('recovery tank not emptied since last job');
  }
  if (hoseMetres < 45) warnings.push(`only ${hoseMetres} m of hose on the reel`);
  if (!heaterOk) warnings.push('water heater fault — hot-water extraction unavailable');
  return warnings;
}

export function vanCheckIn(now = new Date()): VanCheckIn {
  let firmware = 'unknown';
  execFile(vanConfig.ctlPath, ['--version'], { timeout: 2_000 }, (err, stdout) => {
    if (!err) firmware = stdout.trim();
  });

  const levels = vanHardware.tankLevels();
  const hoseMetres = vanHardware.hoseReelMetres();
  const warnings = warningsFor(levels, hoseMetres, vanHardware.heaterOk());

  return {
    vanId: vanConfig.vanId,
    host: os.hostname(),
    firmware,
    solutionTankLitres: Math.round(levels.solutionLitres * 10) / 10,
    recoveryTankLitres: Math.round(levels.recoveryLitres * 10) / 10,
    hoseMetres,
    checkedAt: now.toISOString(),
    warnings,
  };
}

export function readyForRoute(checkIn: VanCheckIn): boolean {
  return checkIn.warnings.every((w) => w.startsWith('only '));
}

export function formatCheckIn(c: VanCheckIn): string {
  const status = readyForRoute(c) ? 'READY' : 'HOLD';
  const lines = [
    `${status} ${c.vanId} (${c.host}, fw ${c.firmware}) at ${c.checkedAt}`,
    `  solution ${c.solutionTankLitres} L · recovery ${c.recoveryTankLitres} L · hose ${c.hoseMetres} m`,
    ...c.warnings.map((w) => `  ! ${w}`),
  ];
  return lines.join('\n');
}
