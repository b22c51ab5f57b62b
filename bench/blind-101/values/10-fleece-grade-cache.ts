// expect: none
// The in-flight promise is deliberately stored in a Map typed Map<string, Promise<GradeTable>> so concurrent lookups share one request; every reader awaits it, and a failed load evicts itself so the next call retries.
export interface GradeTable {
  woolClass: string;
  micronMax: number;
  stapleMinMm: number;
  centsPerKg: number;
}

export interface WoolBrokerApi {
  gradeTable(season: string, breed: string): Promise<GradeTable[]>;
}

export interface Fleece {
  tag: string;
  breed: 'merino' | 'corriedale' | 'romney' | 'perendale';
  micron: number;
  stapleMm: number;
  weightKg: number;
}

export interface GradedFleece extends Fleece {
  woolClass: string;
  valueCents: number;
}

export class FleeceGrader {
  private readonly tables = new Map<string, Promise<GradeTable[]>>();

  constructor(
    private readonly broker: WoolBrokerApi,
    private readonly season: string,
  ) {}

  private tableFor(breed: Fleece['breed']): Promise<GradeTable[]> {
    const key = `${this.season}:${breed}`;
    const existing = this.tables.get(key);
    if (existing) return existing;

    const loading = this.broker.gradeTable(this.season, breed).catch((err: unknown) => {
      this.tables.delete(key);
      throw err;
    });
    this.tables.set(key, loading);
    return loading;
  }

  async grade(fleece: Fleece): Promise<GradedFleece> {
    const table = await this.tableFor(fleece.breed);
    const row = table
      .filter((t) => fleece.micron <= t.micronMax && fleece.stapleMm >= t.stapleMinMm)
      .sort((a, b) => b.centsPerKg - a.centsPerKg)[0];
    if (!row) {
      return { ...fleece, woolClass: 'OFF', valueCents: 0 };
    }
    return { ...fleece, woolClass: row.woolClass, valueCents: Math.round(row.centsPerKg * fleece.weightKg) };
  }

  async gradeBale(fleeces: Fleece[]): Promise<{ graded: GradedFleece[]; totalCents: number }> {
    const graded = await Promise.all(fleeces.map((f) => this.grade(f)));
    return { graded, totalCents: graded.reduce((sum, g) => sum + g.valueCents, 0) };
  }
}
