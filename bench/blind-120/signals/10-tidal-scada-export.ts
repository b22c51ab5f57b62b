// expect: no-swallowed-abort
// The catch wraps every failure, including an AbortError, in a ScadaExportError built from the message only, so callers can no longer tell a cancellation from a real failure.
import { writeFile } from 'node:fs/promises';

export interface ExportRange {
  from: Date;
  to: Date;
  resolution: '1s' | '10s' | '1min';
}

export interface GenerationRow {
  ts: string;
  turbineId: string;
  kw: number;
  rotorRpm: number;
  tideMs: number;
}

export class ScadaExportError extends Error {
  constructor(
    message: string,
    readonly turbineId: string,
  ) {
    super(message);
    this.name = 'ScadaExportError';
  }
}

export class GenerationExporter {
  constructor(
    private readonly historianUrl: string,
    private readonly token: string,
  ) {}

  async fetchRows(turbineId: string, range: ExportRange, signal?: AbortSignal): Promise<GenerationRow[]> {
    const query = new URLSearchParams({
      turbine: turbineId,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      res: range.resolution,
    });
    try {
      const res = await fetch(`${this.historianUrl}/generation?${query}`, {
        headers: { authorization: `Bearer ${this.token}` },
        signal,
      });
      if (!res.ok) throw new Error(`historian answered ${res.status}`);
      return (await res.json()) as GenerationRow[];
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new ScadaExportError(`export of ${turbineId} failed: ${reason}`, turbineId);
    }
  }

  async exportCsv(turbineIds: string[], range: ExportRange, outPath: string, signal?: AbortSignal): Promise<number> {
    const lines = ['ts,turbine,kw,rotor_rpm,tide_ms'];
    for (const turbineId of turbineIds) {
      const rows = await this.fetchRows(turbineId, range, signal);
      for (const row of rows) {
        lines.push([row.ts, row.turbineId, row.kw.toFixed(1), row.rotorRpm.toFixed(2), row.tideMs.toFixed(2)].join(','));
      }
    }
    await writeFile(outPath, lines.join('\n') + '\n', { encoding: 'utf8', signal });
    return lines.length - 1;
  }
}

export function capacityFactor(rows: GenerationRow[], ratedKw: number): number {
  if (rows.length === 0) return 0;
  const mean = rows.reduce((sum, r) => sum + r.kw, 0) / rows.length;
  return mean / ratedKw;
}
