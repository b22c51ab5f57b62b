// expect: no-multiple-settle
// On a fresh cache hit the executor resolves but does not return, so the quarry query still runs and resolves (or rejects) the same promise a second time.
export interface Nodule {
  id: string;
  quarry: string;
  massGrams: number;
  cortexPercent: number;
  grade: "A" | "B" | "C";
  inclusions: string[];
}

interface NoduleRow {
  nodule_id: string;
  quarry_name: string;
  mass_g: number;
  cortex_pct: number;
  inclusion_list: string | null;
}

declare const quarryDb: {
  query(
    sql: string,
    params: unknown[],
    callback: (err: Error | null, rows: NoduleRow[]) => void,
  ): void;
};

export class NoduleNotFoundError extends Error {
  constructor(readonly noduleId: string) {
    super(`nodule ${noduleId} is not in the quarry ledger`);
    this.name = "NoduleNotFoundError";
  }
}

const TTL_MS = 10 * 60_000;
const NODULE_SQL = `
  SELECT nodule_id, quarry_name, mass_g, cortex_pct, inclusion_list
  FROM nodules
  WHERE nodule_id = $1 AND retired_at IS NULL
`;

function gradeFor(row: NoduleRow, inclusions: string[]): Nodule["grade"] {
  if (inclusions.includes("fossil") || inclusions.includes("frost-crack")) return "C";
  if (row.cortex_pct > 40 || row.mass_g < 300) return "B";
  return "A";
}

function toNodule(row: NoduleRow): Nodule {
  const inclusions = row.inclusion_list ? row.inclusion_list.split(";").map((s) => s.trim()) : [];
  return {
    id: row.nodule_id,
    quarry: row.quarry_name,
    massGrams: row.mass_g,
    cortexPercent: row.cortex_pct,
    grade: gradeFor(row, inclusions),
    inclusions,
  };
}

export class NoduleCatalog {
  private readonly cache = new Map<string, { nodule: Nodule; expiresAt: number }>();

  lookup(id: string): Promise<Nodule> {
    return new Promise<Nodule>((resolve, reject) => {
      const hit = this.cache.get(id);
      if (hit && hit.expiresAt > Date.now()) {
        resolve(hit.nodule);
      }

      quarryDb.query(NODULE_SQL, [id], (err, rows) => {
        if (err) {
          reject(err);
          return;
        }
        if (rows.length === 0) {
          this.cache.delete(id);
          reject(new NoduleNotFoundError(id));
          return;
        }
        const nodule = toNodule(rows[0]);
        this.cache.set(id, { nodule, expiresAt: Date.now() + TTL_MS });
        resolve(nodule);
      });
    });
  }

  async pickForBlades(ids: string[], minMassGrams: number): Promise<Nodule[]> {
    const nodules = await Promise.all(ids.map((id) => this.lookup(id)));
    return nodules
      .filter((n) => n.grade === "A" && n.massGrams >= minMassGrams)
      .sort((a, b) => a.cortexPercent - b.cortexPercent);
  }

  evict(id: string): void {
    this.cache.delete(id);
  }
}
