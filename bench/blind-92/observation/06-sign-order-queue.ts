// expect: no-floating-promises
// The 'order' listener is an async function handed to EventEmitter.on, which ignores its promise; a failing render or invoice call becomes an unhandled rejection and the order is silently lost.
import { EventEmitter } from 'node:events';

export interface SignOrder {
  id: string;
  customer: string;
  text: string;
  font: 'script' | 'block' | 'retro';
  colours: string[];
  widthCm: number;
}

interface TubePlan {
  orderId: string;
  tubes: Array<{ colour: string; lengthCm: number; bends: number }>;
  electrodes: number;
}

declare const renderer: { planTubes(order: SignOrder): Promise<TubePlan> };
declare const workshop: { schedule(plan: TubePlan, priority: number): Promise<{ benchSlot: string }> };
declare const invoices: { draft(orderId: string, amountCents: number): Promise<void> };

const CENTS_PER_CM = 180;
const CENTS_PER_BEND = 450;

export function quote(plan: TubePlan): number {
  const tubeCost = plan.tubes.reduce((sum, t) => sum + t.lengthCm * CENTS_PER_CM + t.bends * CENTS_PER_BEND, 0);
  return tubeCost + plan.electrodes * 1200;
}

export class OrderIntake extends EventEmitter {
  private readonly seen = new Set<string>();

  constructor() {
    super();
    this.on('order', async (order: SignOrder) => {
      if (this.seen.has(order.id)) return;
      this.seen.add(order.id);

      const plan = await renderer.planTubes(order);
      const priority = order.widthCm > 150 ? 2 : 1;
      const { benchSlot } = await workshop.schedule(plan, priority);
      await invoices.draft(order.id, quote(plan));
      this.emit('scheduled', { orderId: order.id, benchSlot });
    });
  }

  submit(order: SignOrder): void {
    if (!order.text.trim()) throw new Error('sign text is empty');
    if (order.colours.length === 0) throw new Error('pick at least one gas colour');
    this.emit('order', order);
  }
}

export function wireWebhook(intake: OrderIntake, log: (msg: string) => void) {
  intake.on('scheduled', ({ orderId, benchSlot }: { orderId: string; benchSlot: string }) => {
    log(`order ${orderId} booked on bench ${benchSlot}`);
  });
  return (body: unknown) => {
    const order = body as SignOrder;
    intake.submit(order);
    return { accepted: true, id: order.id };
  };
}
