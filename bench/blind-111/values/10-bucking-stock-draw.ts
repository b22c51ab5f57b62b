// expect: no-read-before-settle
// this.stock is assigned inside the pool's node-style query callback, but drawForGo checks and shuffles it synchronously right after issuing the query, before the callback has run.
export interface BuckingAnimal {
  brand: string;
  name: string;
  contractor: string;
  sound: boolean;
}

export interface Rider {
  id: string;
  name: string;
  draws: string[];
}

export interface Pairing {
  riderId: string;
  animalBrand: string;
  contractor: string;
}

export interface LegacyPool {
  query<T>(sql: string, params: unknown[], callback: (err: Error | null, rows: T[]) => void): void;
}

function seededShuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export class StockDraw {
  private stock: BuckingAnimal[] = [];

  constructor(
    private readonly pool: LegacyPool,
    private readonly onError: (err: Error) => void,
  ) {}

  drawForGo(eventId: string, go: number, riders: Rider[], seed: number): Pairing[] {
    this.pool.query<BuckingAnimal>(
      'SELECT brand, name, contractor, sound FROM stock WHERE event_id = $1 AND go_round = $2 AND sound',
      [eventId, go],
      (err, rows) => {
        if (err) {
          this.onError(err);
          return;
        }
        this.stock = rows;
      },
    );

    if (this.stock.length < riders.length) {
      throw new Error(`go ${go}: ${riders.length} riders but only ${this.stock.length} sound animals`);
    }

    const animals = seededShuffle(this.stock, seed);
    const used = new Set<string>();
    return riders.map((rider) => {
      const animal = animals.find((a) => !used.has(a.brand) && !rider.draws.includes(a.brand));
      if (!animal) throw new Error(`no fresh animal left for ${rider.name} in go ${go}`);
      used.add(animal.brand);
      return { riderId: rider.id, animalBrand: animal.brand, contractor: animal.contractor };
    });
  }
}
