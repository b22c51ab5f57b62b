// expect: no-uncalled-async-function
// Bug: warm() puts this.loadDamageWaivers (the method itself) into Promise.all instead of calling it, so waivers are never loaded.
export interface Buggy {
  id: string;
  seats: 2 | 4;
  engineCc: number;
  lastServiced: string;
}

export interface Booking {
  id: string;
  buggyId: string;
  start: string;
  end: string;
  riderAges: number[];
}

export interface DamageWaiver {
  tier: 'basic' | 'sand-plus' | 'full';
  dailyPrice: number;
  excess: number;
}

declare const rentalsApi: {
  get<T>(path: string): Promise<T>;
};

export interface WarmupReport {
  location: string;
  buggies: number;
  bookings: number;
  waivers: number;
  ms: number;
}

export class RentalDeskCache {
  private readonly buggies = new Map<string, Buggy>();
  private readonly bookings = new Map<string, Booking[]>();
  private readonly waivers = new Map<DamageWaiver['tier'], DamageWaiver>();

  async warm(location: string): Promise<WarmupReport> {
    const started = performance.now();
    await Promise.all([this.loadFleet(location), this.loadBookings(location), this.loadDamageWaivers]);
    return {
      location,
      buggies: this.buggies.size,
      bookings: [...this.bookings.values()].reduce((n, list) => n + list.length, 0),
      waivers: this.waivers.size,
      ms: Math.round(performance.now() - started),
    };
  }

  availableBuggies(seats: 2 | 4, start: string, end: string): Buggy[] {
    return [...this.buggies.values()].filter((b) => {
      if (b.seats !== seats) return false;
      const taken = this.bookings.get(b.id) ?? [];
      return taken.every((bk) => bk.end <= start || bk.start >= end);
    });
  }

  quote(buggyId: string, days: number, tier: DamageWaiver['tier']): number {
    const buggy = this.buggies.get(buggyId);
    if (!buggy) throw new Error(`unknown buggy ${buggyId}`);
    const waiver = this.waivers.get(tier);
    if (!waiver) throw new Error(`waiver tier ${tier} not offered`);
    const base = buggy.engineCc > 800 ? 189 : 129;
    return days * (base + waiver.dailyPrice);
  }

  private async loadFleet(location: string): Promise<void> {
    const fleet = await rentalsApi.get<Buggy[]>(`/locations/${location}/buggies`);
    this.buggies.clear();
    for (const b of fleet) this.buggies.set(b.id, b);
  }

  private async loadBookings(location: string): Promise<void> {
    const upcoming = await rentalsApi.get<Booking[]>(`/locations/${location}/bookings?window=14d`);
    this.bookings.clear();
    for (const bk of upcoming) {
      const list = this.bookings.get(bk.buggyId) ?? [];
      list.push(bk);
      this.bookings.set(bk.buggyId, list);
    }
  }

  private async loadDamageWaivers(): Promise<void> {
    const tiers = await rentalsApi.get<DamageWaiver[]>('/waivers');
    this.waivers.clear();
    for (const w of tiers) this.waivers.set(w.tier, w);
  }
}
