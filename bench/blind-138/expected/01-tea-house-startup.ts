// expect: none
// The startup steps are stored as bound function references and each one is invoked with () inside the runner, while the parallel warm-up passes called promises to Promise.all.
export interface TeaInventory {
  matchaGrams: number;
  senchaGrams: number;
  charcoalBriquettes: number;
}

export interface Backend {
  fetchRoster(day: string): Promise<string[]>;
  fetchInventory(): Promise<TeaInventory>;
  fetchBookings(day: string): Promise<Array<{ bookingId: string; guests: number; room: string }>>;
}

type StartupStep = { name: string; run: () => Promise<void> };

export class TeaHouseDay {
  private roster: string[] = [];
  private inventory: TeaInventory | undefined;
  private guestsByRoom = new Map<string, number>();

  constructor(private readonly backend: Backend, private readonly day: string, private readonly log = console.log) {}

  async open(): Promise<void> {
    const steps: StartupStep[] = [
      { name: 'warm caches', run: this.warmCaches.bind(this) },
      { name: 'check charcoal', run: this.checkCharcoal.bind(this) },
      { name: 'seat plan', run: this.planSeating.bind(this) },
    ];
    for (const step of steps) {
      const started = Date.now();
      await step.run();
      this.log(`${step.name} done in ${Date.now() - started}ms`);
    }
  }

  private async warmCaches(): Promise<void> {
    const [roster, inventory] = await Promise.all([
      this.backend.fetchRoster(this.day),
      this.backend.fetchInventory(),
    ]);
    this.roster = roster;
    this.inventory = inventory;
  }

  private async checkCharcoal(): Promise<void> {
    if (!this.inventory) throw new Error('inventory not loaded');
    // Each kama needs roughly six briquettes for a morning sitting.
    const needed = Math.max(1, this.roster.length) * 6;
    if (this.inventory.charcoalBriquettes < needed) {
      throw new Error(`Only ${this.inventory.charcoalBriquettes} briquettes; need ${needed}`);
    }
  }

  private async planSeating(): Promise<void> {
    const bookings = await this.backend.fetchBookings(this.day);
    this.guestsByRoom = new Map();
    for (const b of bookings) {
      this.guestsByRoom.set(b.room, (this.guestsByRoom.get(b.room) ?? 0) + b.guests);
    }
  }

  guests(room: string): number {
    return this.guestsByRoom.get(room) ?? 0;
  }

  matchaPerGuestGrams(): number {
    const total = [...this.guestsByRoom.values()].reduce((a, b) => a + b, 0);
    return total === 0 || !this.inventory ? 0 : Math.floor(this.inventory.matchaGrams / total);
  }
}
