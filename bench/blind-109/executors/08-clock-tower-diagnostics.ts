// expect: none
// Every branch of the execFile callback settles exactly once: the error branch returns after rejecting, parse failures are caught before resolve is reached, and resolve is the last statement.
import { execFile } from 'node:child_process';

export interface EscapementReport {
  tower: string;
  beatErrorMs: number;
  amplitudeDeg: number;
  rateSecPerDay: number;
}

export class DiagnosticError extends Error {
  constructor(message: string, readonly stderr: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiagnosticError';
  }
}

const FIELD = /^(beat_error_ms|amplitude_deg|rate_s_per_day)=(-?\d+(?:\.\d+)?)$/;

export function parseReport(tower: string, stdout: string): EscapementReport {
  const values = new Map<string, number>();
  for (const line of stdout.split('\n')) {
    const match = FIELD.exec(line.trim());
    if (match) values.set(match[1], Number(match[2]));
  }
  const need = (key: string): number => {
    const value = values.get(key);
    if (value === undefined) throw new Error(`timegrapher output is missing ${key}`);
    return value;
  };
  return {
    tower,
    beatErrorMs: need('beat_error_ms'),
    amplitudeDeg: need('amplitude_deg'),
    rateSecPerDay: need('rate_s_per_day'),
  };
}

export function runTimegrapher(tower: string, device: string, seconds = 60): Promise<EscapementReport> {
  return new Promise<EscapementReport>((resolve, reject) => {
    execFile(
      'timegrapher',
      ['--device', device, '--duration', String(seconds), '--format', 'kv'],
      { timeout: (seconds + 15) * 1000, maxBuffer: 256 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new DiagnosticError(`timegrapher failed for ${tower}: ${err.message}`, stderr, { cause: err }));
          return;
        }
        let report: EscapementReport;
        try {
          report = parseReport(tower, stdout);
        } catch (parseErr) {
          reject(new DiagnosticError(`unreadable timegrapher output for ${tower}`, stderr, { cause: parseErr }));
          return;
        }
        resolve(report);
      },
    );
  });
}

export function needsRegulation(report: EscapementReport): string[] {
  const issues: string[] = [];
  if (Math.abs(report.beatErrorMs) > 3) issues.push('beat error out of tolerance, adjust crutch');
  if (report.amplitudeDeg < 2.5) issues.push('low amplitude, check pallet wear and oil');
  if (Math.abs(report.rateSecPerDay) > 10) issues.push('rate drift, move the pendulum bob');
  return issues;
}

export async function weeklyCheck(towers: Array<{ name: string; device: string }>): Promise<Map<string, string[]>> {
  const findings = new Map<string, string[]>();
  for (const tower of towers) {
    const report = await runTimegrapher(tower.name, tower.device);
    findings.set(tower.name, needsRegulation(report));
  }
  return findings;
}
