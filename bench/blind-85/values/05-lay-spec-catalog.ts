// expect: no-read-before-settle
// quote() calls refresh(), whose .then() fills this.specs later, and then reads this.specs straight away; on a cold or stale catalogue it prices from old specs or throws "unknown rope".
export interface RopeSpec {
  sku: string;
  fibre: 'manila' | 'hemp' | 'polyester' | 'nylon';
  strands: 3 | 4 | 8;
  lay: 'hawser' | 'shroud' | 'cable' | 'braided';
  diameterMm: number;
  pricePerMetreEur: number;
  minRunM: number;
}

export interface OrderLine {
  sku: string;
  metres: number;
  whipping?: boolean;
  eyeSplices?: number;
}

declare const specApi: {
  listSpecs(): Promise<RopeSpec[]>;
};

const SPLICE_EUR = 18;
const WHIPPING_EUR = 4;

export class LaySpecCatalog {
  private specs = new Map<string, RopeSpec>();
  private loadedAt = 0;
  private refreshing = false;

  constructor(private readonly maxAgeMs = 15 * 60_000) {}

  private isStale(now: number): boolean {
    return now - this.loadedAt > this.maxAgeMs;
  }

  refresh(): void {
    if (this.refreshing) return;
    this.refreshing = true;
    specApi
      .listSpecs()
      .then((list) => {
        this.specs = new Map(list.map((s) => [s.sku, s]));
        this.loadedAt = Date.now();
      })
      .catch((err: unknown) => console.error('rope spec refresh failed', err))
      .finally(() => {
        this.refreshing = false;
      });
  }

  quote(line: OrderLine, now = Date.now()): { sku: string; totalEur: number; note?: string } {
    if (this.isStale(now)) this.refresh();

    const spec = this.specs.get(line.sku);
    if (!spec) throw new Error(`unknown rope ${line.sku}`);

    const metres = Math.max(line.metres, spec.minRunM);
    let total = metres * spec.pricePerMetreEur;
    total += (line.eyeSplices ?? 0) * SPLICE_EUR;
    if (line.whipping) total += 2 * WHIPPING_EUR;

    return {
      sku: spec.sku,
      totalEur: Math.round(total * 100) / 100,
      note: metres > line.metres ? `minimum run of ${spec.minRunM} m for ${spec.lay} lay` : undefined,
    };
  }

  describe(sku: string): string | undefined {
    const s = this.specs.get(sku);
    return s && `${s.diameterMm} mm ${s.strands}-strand ${s.fibre}, ${s.lay} laid`;
  }
}

export function quoteOrder(catalog: LaySpecCatalog, lines: OrderLine[]): { lines: ReturnType<LaySpecCatalog['quote']>[]; totalEur: number } {
  const quoted = lines.map((l) => catalog.quote(l));
  const totalEur = quoted.reduce((sum, q) => sum + q.totalEur, 0);
  return { lines: quoted, totalEur: Math.round(totalEur * 100) / 100 };
}
