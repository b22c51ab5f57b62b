// expect: none
// Correct: the spawned misting controller settles exactly once through a guard, with both 'error' and 'close' handled.
import { spawn } from 'node:child_process';

export interface MistingCycle {
  zone: string;
  durationSec: number;
  nozzlePressureKpa: number;
}

export interface CycleResult {
  zone: string;
  exitCode: number;
  litresDispensed: number;
  warnings: string[];
}

declare const greenhouseConfig: {
  controllerBinary: string;
  maxCycleSec: number;
  minPressureKpa: number;
};

function parseDispensed(stdout: string): number {
  const match = /dispensed=(\d+(?:\.\d+)?)L/.exec(stdout);
  return match ? Number(match[1]) : 0;
}

function parseWarnings(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('WARN'));
}

export function runMistingCycle(cycle: MistingCycle): Promise<CycleResult> {
  if (cycle.durationSec <= 0 || cycle.durationSec > greenhouseConfig.maxCycleSec) {
    return Promise.reject(new RangeError(`cycle duration ${cycle.durationSec}s out of range for ${cycle.zone}`));
  }
  if (cycle.nozzlePressureKpa < greenhouseConfig.minPressureKpa) {
    return Promise.reject(new RangeError(`nozzle pressure too low for ${cycle.zone}`));
  }

  return new Promise<CycleResult>((resolve, reject) => {
    const child = spawn(
      greenhouseConfig.controllerBinary,
      ['--zone', cycle.zone, '--seconds', String(cycle.durationSec), '--kpa', String(cycle.nozzlePressureKpa)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );

    let stdout = '';
    let stderr = '';
    let settled = false;

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });

    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code === 0) {
        resolve({
          zone: cycle.zone,
          exitCode: code,
          litresDispensed: parseDispensed(stdout),
          warnings: parseWarnings(stderr),
        });
      } else {
        reject(new Error(`misting controller for ${cycle.zone} exited with ${code ?? signal}: ${stderr.trim()}`));
      }
    });
  });
}

export async function runMistingSchedule(cycles: MistingCycle[]): Promise<CycleResult[]> {
  const results: CycleResult[] = [];
  for (const cycle of cycles) {
    results.push(await runMistingCycle(cycle));
  }
  return results;
}

export function totalLitres(results: CycleResult[]): number {
  return results.reduce((sum, r) => sum + r.litresDispensed, 0);
}
