// expect: no-reused-settled-promise
// The retry loop re-awaits the one reservation request started before the loop, so every retry sees the same rejection.
import { setTimeout as sleep } from 'node:timers/promises';

export interface HatOrder {
  orderId: string;
  style: 'fedora' | 'cloche' | 'boater' | 'homburg';
  headSizeCm: number;
  felt: 'rabbit' | 'beaver' | 'wool';
}

export interface SteamerReservation {
  steamerId: string;
  blockId: string;
  startsAt: Date;
  minutes: number;
}

export class StationBusyError extends Error {
  override name = 'StationBusyError';
  constructor(readonly retryAfterMs: number) {
    super(`Steamer station busy, retry after ${retryAfterMs}ms`);
  }
}

interface SteamerClient {
  reserve(request: { orderId: string; blockId: string; minutes: number }): Promise<SteamerReservation>;
}

declare const blockInventory: {
  findBlock(style: HatOrder['style'], headSizeCm: number): Promise<string | undefined>;
};

const STEAM_MINUTES: Record<HatOrder['felt'], number> = { rabbit: 12, beaver: 15, wool: 8 };

export class BlockingScheduler {
  constructor(private readonly steamers: SteamerClient, private readonly maxAttempts = 4) {}

  steamMinutes(order: HatOrder): number {
    const base = STEAM_MINUTES[order.felt];
    return order.style === 'homburg' ? base + 4 : base;
  }

  async reserveSteamer(order: HatOrder): Promise<SteamerReservation> {
    const blockId = await blockInventory.findBlock(order.style, order.headSizeCm);
    if (!blockId) {
      throw new Error(`No ${order.style} block in size ${order.headSizeCm}cm for ${order.orderId}`);
    }

    const request = this.steamers.reserve({ orderId: order.orderId, blockId, minutes: this.steamMinutes(order) });
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        return await request;
      } catch (err) {
        if (!(err instanceof StationBusyError)) throw err;
        lastError = err;
        await sleep(Math.min(err.retryAfterMs, 5_000) * attempt);
      }
    }
    throw new Error(`Could not reserve a steamer for ${order.orderId}`, { cause: lastError });
  }

  async planDay(orders: HatOrder[]): Promise<Array<{ orderId: string; reservation?: SteamerReservation; error?: string }>> {
    const plan: Array<{ orderId: string; reservation?: SteamerReservation; error?: string }> = [];
    const sorted = [...orders].sort((a, b) => this.steamMinutes(b) - this.steamMinutes(a));
    for (const order of sorted) {
      try {
        plan.push({ orderId: order.orderId, reservation: await this.reserveSteamer(order) });
      } catch (err) {
        plan.push({ orderId: order.orderId, error: (err as Error).message });
      }
    }
    return plan;
  }
}

export function totalSteamMinutes(plan: Array<{ reservation?: SteamerReservation }>): number {
  return plan.reduce((sum, p) => sum + (p.reservation?.minutes ?? 0), 0);
}
