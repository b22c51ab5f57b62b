// expect: none
// The spawn wrapper settles from 'error' or 'close' behind a settled flag, and the watchdog kill always leads to 'close', so every path settles exactly once.
import { spawn } from 'node:child_process';

export interface BladeReading {
  blade: number;
  strainMicro: number;
  pitchDeg: number;
}

export interface DiagnosticReport {
  turbineId: string;
  rotorRpm: number;
  generatorTempC: number;
  blades: BladeReading[];
  warnings: string[];
}

declare const maintenanceBoard: {
  flag(turbineId: string, severity: 'info' | 'service' | 'stop', message: string): void;
};

const DIAG_BINARY = '/opt/tidal/bin/turbine-diag';

function parseReport(turbineId: string, stdout: string): DiagnosticReport {
  const raw = JSON.parse(stdout) as Partial<DiagnosticReport>;
  if (typeof raw.rotorRpm !== 'number' || !Array.isArray(raw.blades)) {
    throw new Error(`diagnostics for ${turbineId} produced an incomplete report`);
  }
  return {
    turbineId,
    rotorRpm: raw.rotorRpm,
    generatorTempC: raw.generatorTempC ?? Number.NaN,
    blades: raw.blades,
    warnings: raw.warnings ?? [],
  };
}

export function runDiagnostics(turbineId: string, timeoutMs = 120_000): Promise<DiagnosticReport> {
  return new Promise<DiagnosticReport>((resolve, reject) => {
    const child = spawn(DIAG_BINARY, ['--unit', turbineId, '--json', '--full-sweep'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => {
      clearTimeout(watchdog);
      if (settled) return;
      settled = true;
      reject(err);
    });

    child.once('close', (code, signal) => {
      clearTimeout(watchdog);
      if (settled) return;
      settled = true;
      if (signal) {
        reject(new Error(`diagnostics for ${turbineId} killed by ${signal} after ${timeoutMs}ms`));
        return;
      }
      if (code !== 0) {
        reject(new Error(`diagnostics for ${turbineId} exited ${code}: ${stderr.trim().slice(0, 400)}`));
        return;
      }
      try {
        resolve(parseReport(turbineId, stdout));
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function inspectArray(turbineIds: string[]): Promise<Map<string, DiagnosticReport>> {
  const reports = new Map<string, DiagnosticReport>();
  // The diag tool holds the SCADA bus, so units are swept one at a time.
  for (const id of turbineIds) {
    const report = await runDiagnostics(id);
    reports.set(id, report);

    const worstStrain = Math.max(...report.blades.map((b) => b.strainMicro));
    if (worstStrain > 2_400) {
      maintenanceBoard.flag(id, 'stop', `blade strain ${worstStrain}µε exceeds limit`);
    } else if (report.generatorTempC > 95) {
      maintenanceBoard.flag(id, 'service', `generator at ${report.generatorTempC}°C`);
    } else if (report.warnings.length > 0) {
      maintenanceBoard.flag(id, 'info', report.warnings.join('; '));
    }
  }
  return reports;
}
