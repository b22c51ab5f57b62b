// expect: none
// The 'commission' listener is synchronous and attaches .catch to the promise returned by handle(), so a failing furnace booking is routed to the 'error' event instead of becoming an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface Commission {
  id: string;
  client: string;
  piece: 'vase' | 'bowl' | 'pendant-light' | 'ornament';
  colours: string[];
  gatherCount: number;
}

export interface FurnaceSchedule {
  book(commissionId: string, minutes: number): Promise<{ slot: string }>;
}

export interface ClientNotifier {
  send(client: string, message: string): Promise<void>;
}

const MINUTES_PER_GATHER: Record<Commission['piece'], number> = {
  vase: 14,
  bowl: 10,
  'pendant-light': 18,
  ornament: 6,
};

export class CommissionQueue extends EventEmitter {
  private readonly booked = new Map<string, string>();

  constructor(
    private readonly furnace: FurnaceSchedule,
    private readonly notifier: ClientNotifier,
  ) {
    super();
    this.on('commission', (c: Commission) => {
      this.handle(c).catch((err: unknown) => {
        const error = err instanceof Error ? err : new Error(String(err));
        if (this.listenerCount('error') > 0) this.emit('error', error);
        else console.error(`commission ${c.id} failed:`, error);
      });
    });
  }

  submit(c: Commission): void {
    if (c.gatherCount < 1) throw new Error(`commission ${c.id} needs at least one gather`);
    this.emit('commission', c);
  }

  private async handle(c: Commission): Promise<void> {
    const minutes = MINUTES_PER_GATHER[c.piece] * c.gatherCount + 5 * Math.max(0, c.colours.length - 1);
    const { slot } = await this.furnace.book(c.id, minutes);
    this.booked.set(c.id, slot);
    await this.notifier.send(c.client, `Your ${c.piece} is booked at the glory hole for ${slot} (${minutes} min).`);
    this.emit('booked', c.id, slot);
  }

  slotFor(id: string): string | undefined {
    return this.booked.get(id);
  }
}
