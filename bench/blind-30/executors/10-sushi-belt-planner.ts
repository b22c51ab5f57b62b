// expect: none
// The worker executor handles message, error and exit, and detaches every listener on the first of them, so it settles exactly once.
import { Worker } from 'node:worker_threads';

export interface PlateOrder {
  seat: number;
  item: string;
  colour: 'white' | 'blue' | 'red' | 'gold';
  prepSeconds: number;
}

export interface BeltSlot {
  slot: number;
  seat: number;
  item: string;
  releaseAtSec: number;
}

interface PlannerReply {
  ok: boolean;
  slots?: BeltSlot[];
  error?: string;
}

const PLANNER_SCRIPT = new URL('./belt-planner.worker.js', `file://${__filename}`);
const PLAN_TIMEOUT_MS = 4_000;

export function planBelt(orders: PlateOrder[], beltLengthSlots: number): Promise<BeltSlot[]> {
  return new Promise<BeltSlot[]>((resolve, reject) => {
    const worker = new Worker(PLANNER_SCRIPT, { workerData: { orders, beltLengthSlots } });

    const finish = (error: Error | null, slots?: BeltSlot[]) => {
      clearTimeout(watchdog);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (error) reject(error);
      else resolve(slots ?? []);
      worker.terminate().catch(() => undefined);
    };

    const onMessage = (reply: PlannerReply) => {
      if (reply.ok) finish(null, reply.slots);
      else finish(new Error(`belt planner failed: ${reply.error ?? 'unknown error'}`));
    };
    const onError = (err: Error) => finish(err);
    const onExit = (code: number) => finish(new Error(`belt planner exited with code ${code} before replying`));

    const watchdog = setTimeout(
      () => finish(new Error(`belt planner did not answer within ${PLAN_TIMEOUT_MS}ms`)),
      PLAN_TIMEOUT_MS,
    );

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export function seatsStarved(slots: BeltSlot[], orders: PlateOrder[], horizonSec: number): number[] {
  const served = new Set(slots.filter((s) => s.releaseAtSec <= horizonSec).map((s) => s.seat));
  return [...new Set(orders.map((o) => o.seat))].filter((seat) => !served.has(seat)).sort((a, b) => a - b);
}

export function priceOfPlates(slots: BeltSlot[], orders: PlateOrder[]): number {
  const prices = { white: 1.8, blue: 2.6, red: 3.4, gold: 5.2 } as const;
  const byItem = new Map(orders.map((o) => [o.item, o.colour] as const));
  return slots.reduce((sum, s) => sum + prices[byItem.get(s.item) ?? 'white'], 0);
}
