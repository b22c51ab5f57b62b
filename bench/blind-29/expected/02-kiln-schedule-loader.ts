// expect: no-uncalled-async-function
// Promise.all receives the async method `this.loadKilnSchedule` itself instead of calling it, so the schedule is never loaded and `schedule` is a function.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface KilnSlot {
  kilnId: string;
  startsAt: string;
  tempC: number;
}

export interface CommissionOrder {
  id: string;
  client: string;
  pieces: number;
  annealHours: number;
}

export interface StudioDay {
  slots: KilnSlot[];
  orders: CommissionOrder[];
}

declare const ordersApi: {
  listOpen(studioId: string): Promise<CommissionOrder[]>;
};

export class StudioPlanner {
  private cached: StudioDay | undefined;

  constructor(
    private readonly studioId: string,
    private readonly dataDir: string,
  ) {}

  private async loadKilnSchedule(): Promise<KilnSlot[]> {
    const file = path.join(this.dataDir, `${this.studioId}-kilns.json`);
    const raw = await readFile(file, 'utf8');
    const parsed = JSON.parse(raw) as { slots?: KilnSlot[] };
    return (parsed.slots ?? []).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }

  private async loadOrders(): Promise<CommissionOrder[]> {
    const orders = await ordersApi.listOpen(this.studioId);
    return orders.filter((o) => o.pieces > 0);
  }

  async today(): Promise<StudioDay> {
    if (this.cached) return this.cached;
    const [schedule, orders] = await Promise.all([this.loadKilnSchedule, this.loadOrders()]);
    const slots = Array.isArray(schedule) ? schedule : [];
    this.cached = { slots, orders };
    return this.cached;
  }

  async annealingBacklog(): Promise<number> {
    const { slots, orders } = await this.today();
    const hoursNeeded = orders.reduce((sum, o) => sum + o.annealHours * o.pieces, 0);
    const hoursAvailable = slots.length * 12;
    return Math.max(0, hoursNeeded - hoursAvailable);
  }

  invalidate(): void {
    this.cached = undefined;
  }
}
