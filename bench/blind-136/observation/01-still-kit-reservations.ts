// expect: none
// The order listener is synchronous and chains a catch onto each reservation before tracking it, and stop() awaits all tracked tasks.
import { EventEmitter } from 'node:events';

export interface KitOrder {
  orderId: string;
  kitModel: 'dune-2' | 'dune-4' | 'oasis-pro';
  quantity: number;
  shipTo: string;
}

export interface PartsInventory {
  reserve(orderId: string, parts: Record<string, number>): Promise<void>;
}

export interface Logger {
  error(msg: string, meta?: Record<string, unknown>): void;
}

const BILL_OF_MATERIALS: Record<KitOrder['kitModel'], Record<string, number>> = {
  'dune-2': { basin: 1, 'glass-cover': 1, wick: 2, 'collection-trough': 1 },
  'dune-4': { basin: 2, 'glass-cover': 2, wick: 4, 'collection-trough': 2 },
  'oasis-pro': { basin: 2, 'glass-cover': 2, wick: 6, 'collection-trough': 2, 'reflector-panel': 2 },
};

export class KitReservationService {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly failures: { orderId: string; reason: string }[] = [];
  private listening = false;

  constructor(
    private readonly orders: EventEmitter,
    private readonly inventory: PartsInventory,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.listening) return;
    this.listening = true;
    this.orders.on('kit-ordered', this.onOrder);
  }

  async stop(): Promise<void> {
    this.orders.off('kit-ordered', this.onOrder);
    this.listening = false;
    await Promise.all(this.inFlight);
  }

  failedOrders(): readonly { orderId: string; reason: string }[] {
    return this.failures;
  }

  private readonly onOrder = (order: KitOrder): void => {
    const task = this.reserve(order)
      .catch((err: unknown) => this.recordFailure(order, err))
      .finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
  };

  private async reserve(order: KitOrder): Promise<void> {
    const bom = BILL_OF_MATERIALS[order.kitModel];
    if (!bom) throw new Error(`unknown kit model ${order.kitModel}`);
    const parts: Record<string, number> = {};
    for (const [part, perKit] of Object.entries(bom)) {
      parts[part] = perKit * order.quantity;
    }
    await this.inventory.reserve(order.orderId, parts);
  }

  private recordFailure(order: KitOrder, err: unknown): void {
    const reason = err instanceof Error ? err.message : String(err);
    this.failures.push({ orderId: order.orderId, reason });
    this.log.error('kit reservation failed', { orderId: order.orderId, reason });
  }
}
