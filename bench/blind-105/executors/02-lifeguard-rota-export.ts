// expect: no-multiple-settle
// When rota-export fails the callback rejects but does not return, so it falls through to parse the empty stdout and settles a second time, logging a bogus "unparsable output" warning on every failed export.
import { execFile } from 'node:child_process';

export interface Shift {
  tower: string;
  guard: string;
  start: string;
  end: string;
}

export interface Rota {
  beach: string;
  week: string;
  shifts: Shift[];
}

export class RotaExportError extends Error {
  constructor(readonly exitCode: number | null, readonly stderr: string) {
    super(`rota-export exited with ${exitCode ?? 'a signal'}: ${stderr.trim().slice(0, 200)}`);
    this.name = 'RotaExportError';
  }
}

interface Logger {
  warn(msg: string, meta?: Record<string, unknown>): void;
}

const EXPORT_BIN = process.env.ROTA_EXPORT_BIN ?? '/usr/local/bin/rota-export';

function toRota(stdout: string): Rota {
  const parsed = JSON.parse(stdout) as Partial<Rota>;
  if (!parsed.beach || !parsed.week || !Array.isArray(parsed.shifts)) {
    throw new TypeError('rota-export produced an incomplete document');
  }
  return { beach: parsed.beach, week: parsed.week, shifts: parsed.shifts };
}

export function exportRota(beach: string, isoWeek: string, log: Logger): Promise<Rota> {
  return new Promise((resolve, reject) => {
    execFile(
      EXPORT_BIN,
      ['--beach', beach, '--week', isoWeek, '--format', 'json'],
      { timeout: 15_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const code = typeof error.code === 'number' ? error.code : null;
          reject(new RotaExportError(code, stderr));
        }
        try {
          resolve(toRota(stdout));
        } catch (parseErr) {
          log.warn('rota-export produced unparsable output', { beach, isoWeek, bytes: stdout.length });
          reject(parseErr);
        }
      },
    );
  });
}

export function guardsOnDuty(rota: Rota, at: Date): string[] {
  const hhmm = at.toTimeString().slice(0, 5);
  return rota.shifts
    .filter((s) => s.start <= hhmm && hhmm < s.end)
    .map((s) => `${s.guard} @ ${s.tower}`);
}
