// expect: no-multiple-settle
// Bug: on a non-zero exit the 'close' handler rejects but has no return, so it falls through to resolve() and settles twice.
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface FreezeDryCycle {
  specimenId: string;
  chamber: number;
  hours: number;
  targetMillitorr: number;
}

export interface CycleReport {
  specimenId: string;
  finalPressure: number;
  moistureLossPct: number;
  warnings: string[];
}

declare const studioConfig: { dryerCli: string; logDir: string; maxChamberHours: number };
declare const ledger: {
  append(entry: { specimenId: string; kind: string; detail: string }): Promise<void>;
};

function parseReport(specimenId: string, stdout: string): CycleReport {
  const warnings: string[] = [];
  let finalPressure = Number.NaN;
  let moistureLossPct = Number.NaN;

  for (const line of stdout.split('\n')) {
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (key === 'final_pressure') finalPressure = Number(value);
    else if (key === 'moisture_loss') moistureLossPct = Number(value);
    else if (key === 'warn' && value) warnings.push(value);
  }
  return { specimenId, finalPressure, moistureLossPct, warnings };
}

function validateCycle(cycle: FreezeDryCycle): void {
  if (cycle.hours <= 0 || cycle.hours > studioConfig.maxChamberHours) {
    throw new RangeError(`cycle length ${cycle.hours}h outside 0..${studioConfig.maxChamberHours}h`);
  }
  if (cycle.targetMillitorr < 50 || cycle.targetMillitorr > 400) {
    throw new RangeError(`target pressure ${cycle.targetMillitorr} mTorr is not achievable`);
  }
}

export function runFreezeDryCycle(cycle: FreezeDryCycle): Promise<CycleReport> {
  validateCycle(cycle);
  const args = [
    '--chamber', String(cycle.chamber),
    '--hours', String(cycle.hours),
    '--target', String(cycle.targetMillitorr),
    '--log', path.join(studioConfig.logDir, `${cycle.specimenId}.log`),
  ];

  return new Promise<CycleReport>((resolve, reject) => {
    const child = spawn(studioConfig.dryerCli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let spawnFailed = false;

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => {
      spawnFailed = true;
      reject(err);
    });

    child.once('close', (code, signal) => {
      if (spawnFailed) return;
      if (code !== 0) {
        const tail = stderr.trim().split('\n').slice(-5).join('\n');
        reject(new Error(`freeze-dryer chamber ${cycle.chamber} exited with ${code ?? signal}: ${tail}`));
      }
      resolve(parseReport(cycle.specimenId, stdout));
    });
  });
}

export async function dryAndRecord(cycle: FreezeDryCycle): Promise<CycleReport> {
  const report = await runFreezeDryCycle(cycle);
  await ledger.append({
    specimenId: cycle.specimenId,
    kind: 'freeze-dry',
    detail: `loss=${report.moistureLossPct.toFixed(1)}% final=${report.finalPressure}mTorr warnings=${report.warnings.length}`,
  });
  return report;
}
