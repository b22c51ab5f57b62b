// expect: none
// The spawn wrapper funnels error, stdin error and close through guarded succeed/fail helpers, so it settles exactly once on every path.
import { spawn } from 'node:child_process';

export interface RationPlan {
  kennel: string;
  dogs: Array<{ name: string; grams: number; supplement?: 'fish-oil' | 'electrolytes' }>;
}

export interface DispenseReport {
  kennel: string;
  dispensedGrams: number;
  skipped: string[];
  hopperRemainingGrams: number;
}

function parseReport(stdout: string): DispenseReport {
  const data = JSON.parse(stdout) as Partial<DispenseReport>;
  if (typeof data.kennel !== 'string' || typeof data.dispensedGrams !== 'number') {
    throw new Error('kibblectl returned an incomplete report');
  }
  return {
    kennel: data.kennel,
    dispensedGrams: data.dispensedGrams,
    skipped: data.skipped ?? [],
    hopperRemainingGrams: data.hopperRemainingGrams ?? 0,
  };
}

export function dispenseRations(plan: RationPlan, binary = 'kibblectl'): Promise<DispenseReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['dispense', '--kennel', plan.kennel, '--json'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    };
    const succeed = (report: DispenseReport) => {
      if (settled) return;
      settled = true;
      resolve(report);
    };

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', fail);
    child.stdin.once('error', fail);
    child.once('close', (code, signal) => {
      if (code !== 0) {
        fail(new Error(`kibblectl exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      try {
        succeed(parseReport(stdout));
      } catch (err) {
        fail(err instanceof Error ? err : new Error(String(err)));
      }
    });

    child.stdin.end(JSON.stringify(plan));
  });
}

export async function feedTeam(plan: RationPlan, minHopperGrams = 2_000): Promise<string[]> {
  const report = await dispenseRations(plan);
  const warnings = report.skipped.map((name) => `${name} was skipped by the dispenser`);
  if (report.hopperRemainingGrams < minHopperGrams) {
    warnings.push(`hopper at ${plan.kennel} is low (${report.hopperRemainingGrams} g left)`);
  }
  return warnings;
}
