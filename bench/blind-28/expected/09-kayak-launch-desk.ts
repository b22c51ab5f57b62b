// expect: no-uncalled-async-function
// Bug: `!this.isLaunchWindowOpen` tests the async method reference (always truthy) rather than awaiting its result, so the weather hold never blocks a rental.
import { EventEmitter } from 'node:events';

interface Boat {
  id: string;
  kind: 'single' | 'tandem' | 'sup';
  available: boolean;
}

interface Rental {
  rentalId: string;
  boatId: string;
  customer: string;
  startedAt: Date;
  dueBack: Date;
}

declare const weatherFeed: {
  current(stationId: string): Promise<{ windKnots: number; gustKnots: number; smallCraftAdvisory: boolean }>;
};

declare const payments: {
  holdDeposit(customer: string, cents: number): Promise<{ authId: string }>;
};

const DEPOSIT_CENTS = { single: 15_000, tandem: 25_000, sup: 10_000 } as const;

export class LaunchDesk extends EventEmitter {
  private readonly fleet = new Map<string, Boat>();
  private readonly active = new Map<string, Rental>();
  private seq = 0;

  constructor(private readonly stationId: string, boats: Boat[]) {
    super();
    for (const b of boats) this.fleet.set(b.id, b);
  }

  async isLaunchWindowOpen(): Promise<boolean> {
    const wx = await weatherFeed.current(this.stationId);
    return !wx.smallCraftAdvisory && wx.windKnots < 15 && wx.gustKnots < 22;
  }

  private pickBoat(kind: Boat['kind']): Boat | undefined {
    for (const boat of this.fleet.values()) {
      if (boat.kind === kind && boat.available) return boat;
    }
    return undefined;
  }

  async rentOut(customer: string, kind: Boat['kind'], hours: number): Promise<Rental> {
    if (!this.isLaunchWindowOpen) {
      this.emit('weather-hold', { customer, kind });
      throw new Error('launches are suspended due to wind conditions');
    }

    const boat = this.pickBoat(kind);
    if (!boat) throw new Error(`no ${kind} available right now`);

    boat.available = false;
    try {
      await payments.holdDeposit(customer, DEPOSIT_CENTS[kind]);
    } catch (err) {
      boat.available = true;
      throw err;
    }

    const now = new Date();
    const rental: Rental = {
      rentalId: `R${now.getFullYear()}-${String(++this.seq).padStart(5, '0')}`,
      boatId: boat.id,
      customer,
      startedAt: now,
      dueBack: new Date(now.getTime() + hours * 3_600_000),
    };
    this.active.set(rental.rentalId, rental);
    this.emit('launched', rental);
    return rental;
  }

  checkIn(rentalId: string): void {
    const rental = this.active.get(rentalId);
    if (!rental) throw new Error(`unknown rental ${rentalId}`);
    const boat = this.fleet.get(rental.boatId);
    if (boat) boat.available = true;
    this.active.delete(rentalId);
    this.emit('returned', { ...rental, late: Date.now() > rental.dueBack.getTime() });
  }
}
