// expect: no-floating-promises
// importRun() inserts the samples through an async forEach callback whose promises nobody awaits, so the run is marked imported before the rows land and any insert failure is an unhandled rejection.
import { readFile } from 'node:fs/promises';

export interface LabDb {
  query(sql: string, params?: unknown[]): Promise<{ rowCount: number }>;
}

export interface IsotopeSample {
  sampleId: string;
  depthM: number;
  d18O: number;
  dD: number;
  dustPpb: number | null;
}

const HEADER = ['sample_id', 'depth_m', 'd18o', 'dd', 'dust_ppb'];

export class IsotopeImporter {
  constructor(private readonly db: LabDb) {}

  async parseCsv(path: string): Promise<IsotopeSample[]> {
    const text = await readFile(path, 'utf8');
    const [header, ...rows] = text.trim().split(/\r?\n/);
    const cols = header.split(',').map((c) => c.trim().toLowerCase());
    if (HEADER.some((h, i) => cols[i] !== h)) {
      throw new Error(`unexpected mass-spectrometer export header in ${path}: ${header}`);
    }
    return rows.map((row) => {
      const [sampleId, depth, d18o, dd, dust] = row.split(',').map((c) => c.trim());
      return {
        sampleId,
        depthM: Number(depth),
        d18O: Number(d18o),
        dD: Number(dd),
        dustPpb: dust === '' ? null : Number(dust),
      };
    });
  }

  async importRun(runId: string, csvPath: string): Promise<number> {
    const samples = await this.parseCsv(csvPath);
    const valid = samples.filter((s) => Number.isFinite(s.depthM) && s.d18O < 0 && s.d18O > -70);

    await this.db.query('DELETE FROM isotope_samples WHERE run_id = $1', [runId]);
    valid.forEach(async (s) => {
      await this.db.query(
        'INSERT INTO isotope_samples (run_id, sample_id, depth_m, d18o, dd, dust_ppb, d_excess) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [runId, s.sampleId, s.depthM, s.d18O, s.dD, s.dustPpb, dExcess(s)],
      );
    });
    await this.db.query("UPDATE runs SET status = 'imported', sample_count = $2 WHERE id = $1", [runId, valid.length]);
    return valid.length;
  }
}

export function dExcess(s: IsotopeSample): number {
  return Math.round((s.dD - 8 * s.d18O) * 100) / 100;
}
