// expect: none
// The ack wait clears its timeout and removes both listeners on every outcome, so a late ack or a later timer cannot settle the promise a second time.
import type { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export interface ShoeOrder {
  farrierId: string;
  size: number;
  pattern: 'plain' | 'bar' | 'egg-bar' | 'heart-bar';
  pairs: number;
  clips: 'toe' | 'side' | 'none';
}

export interface ForgeAck {
  correlationId: string;
  anvilStation: number;
  etaMinutes: number;
}

export interface ForgeFloorBus extends EventEmitter {
  publish(topic: string, payload: unknown): void;
}

export class ForgeOrderDispatcher {
  constructor(
    private readonly bus: ForgeFloorBus,
    private readonly ackTimeoutMs = 8_000,
  ) {}

  dispatch(order: ShoeOrder): Promise<ForgeAck> {
    const correlationId = randomUUID();

    return new Promise<ForgeAck>((resolve, reject) => {
      const onAck = (ack: ForgeAck) => {
        if (ack.correlationId !== correlationId) return;
        clearTimeout(timer);
        this.bus.off('ack', onAck);
        this.bus.off('rejected', onRejected);
        resolve(ack);
      };
      const onRejected = (msg: { correlationId: string; reason: string }) => {
        if (msg.correlationId !== correlationId) return;
        clearTimeout(timer);
        this.bus.off('ack', onAck);
        this.bus.off('rejected', onRejected);
        reject(new Error(`forge refused order for ${order.farrierId}: ${msg.reason}`));
      };
      const timer = setTimeout(() => {
        this.bus.off('ack', onAck);
        this.bus.off('rejected', onRejected);
        reject(new Error(`no ack from forge floor within ${this.ackTimeoutMs}ms`));
      }, this.ackTimeoutMs);

      this.bus.on('ack', onAck);
      this.bus.on('rejected', onRejected);
      this.bus.publish('orders.new', { correlationId, ...order });
    });
  }

  async dispatchBatch(orders: ShoeOrder[]): Promise<Map<string, ForgeAck>> {
    const acks = await Promise.all(orders.map((o) => this.dispatch(o)));
    const byFarrier = new Map<string, ForgeAck>();
    orders.forEach((o, i) => byFarrier.set(o.farrierId, acks[i]));
    return byFarrier;
  }
}
