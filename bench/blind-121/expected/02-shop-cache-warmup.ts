// expect: no-uncalled-async-function
// warmUp() passes this.refreshHairStock without calling it, so Promise.all just resolves to the function object and the hair stock cache is never loaded before the shop opens.
export interface HankStock {
  colour: 'white' | 'black' | 'salt-pepper' | 'unbleached';
  grade: 'AAA' | 'AA' | 'A';
  hanks: number;
}

export interface Booking {
  ticket: string;
  customer: string;
  dueAt: Date;
  instrument: 'violin' | 'viola' | 'cello' | 'bass';
}

export interface ShopBackend {
  hairStock(): Promise<HankStock[]>;
  bookingsBetween(from: Date, to: Date): Promise<Booking[]>;
}

export class RehairShopCache {
  private stock: HankStock[] = [];
  private bookings: Booking[] = [];
  private warmedAt: Date | null = null;

  constructor(private readonly backend: ShopBackend) {}

  async refreshHairStock(): Promise<void> {
    const rows = await this.backend.hairStock();
    this.stock = rows.filter((r) => r.hanks > 0);
  }

  async refreshBookings(): Promise<void> {
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    const end = new Date(start.getTime() + 7 * 86_400_000);
    this.bookings = await this.backend.bookingsBetween(start, end);
  }

  async warmUp(): Promise<void> {
    await Promise.all([this.refreshHairStock, this.refreshBookings()]);
    this.warmedAt = new Date();
  }

  get ready(): boolean {
    return this.warmedAt !== null;
  }

  hanksAvailable(colour: HankStock['colour'], minGrade: HankStock['grade'] = 'AA'): number {
    const order = { A: 0, AA: 1, AAA: 2 } as const;
    return this.stock
      .filter((s) => s.colour === colour && order[s.grade] >= order[minGrade])
      .reduce((sum, s) => sum + s.hanks, 0);
  }

  shortfall(): Array<{ colour: HankStock['colour']; needed: number; available: number }> {
    const perInstrument = { violin: 1, viola: 1, cello: 1.5, bass: 2 } as const;
    const needed = new Map<HankStock['colour'], number>();
    for (const b of this.bookings) {
      const colour: HankStock['colour'] = b.instrument === 'bass' ? 'black' : 'white';
      needed.set(colour, (needed.get(colour) ?? 0) + perInstrument[b.instrument]);
    }
    return [...needed.entries()]
      .map(([colour, n]) => ({ colour, needed: Math.ceil(n), available: this.hanksAvailable(colour) }))
      .filter((row) => row.available < row.needed);
  }
}
