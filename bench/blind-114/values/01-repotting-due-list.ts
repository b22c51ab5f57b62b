// expect: no-read-before-settle
// The `due` list is filled inside the database callback but returned synchronously right after the query is issued, so callers always get an empty list.
export interface TreeRow {
  tag: string;
  species: string;
  bench: string;
  last_repot: string;
  age_years: number;
}

export interface NurseryDb {
  all(sql: string, params: unknown[], cb: (err: Error | null, rows: TreeRow[]) => void): void;
}

export interface Logger {
  warn(msg: string, meta?: Record<string, unknown>): void;
}

const REPOT_INTERVAL_MONTHS: Record<string, number> = {
  juniper: 36,
  'japanese-maple': 24,
  'trident-maple': 24,
  ficus: 18,
  pine: 48,
  azalea: 24,
};

function monthsBetween(from: Date, to: Date): number {
  return (to.getFullYear() - from.getFullYear()) * 12 + (to.getMonth() - from.getMonth());
}

export function intervalFor(species: string, ageYears: number): number {
  const base = REPOT_INTERVAL_MONTHS[species] ?? 30;
  return ageYears < 5 ? Math.round(base / 2) : base;
}

export class RepottingPlanner {
  constructor(
    private readonly db: NurseryDb,
    private readonly log: Logger,
  ) {}

  dueForRepotting(bench: string, now = new Date()): string[] {
    let due: TreeRow[] = [];

    this.db.all(
      'SELECT tag, species, bench, last_repot, age_years FROM trees WHERE bench = ? AND retired = 0',
      [bench],
      (err, rows) => {
        if (err) {
          this.log.warn('repotting query failed', { bench, error: err.message });
          return;
        }
        due = rows.filter(
          (r) => monthsBetween(new Date(r.last_repot), now) >= intervalFor(r.species, r.age_years),
        );
      },
    );

    return due.sort((a, b) => a.last_repot.localeCompare(b.last_repot)).map((r) => r.tag);
  }

  springWorkload(benches: string[], now = new Date()): Record<string, number> {
    const load: Record<string, number> = {};
    for (const bench of benches) load[bench] = this.dueForRepotting(bench, now).length;
    return load;
  }
}
