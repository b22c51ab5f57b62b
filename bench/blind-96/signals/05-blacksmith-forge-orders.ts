// expect: no-leaked-race
// heatBillet races the furnace against a timeout but never clears that timer when the furnace wins, so every successful heat leaves a ten-minute timer that keeps the forge CLI alive after the order is done and later aborts a controller nobody is using.
import { EventEmitter } from 'node:events';

export interface Billet {
  orderId: string;
  steel: '1045' | '1084' | 'O1' | 'W2';
  massKg: number;
}

export interface Furnace {
  heatTo(celsius: number, opts: { signal: AbortSignal }): Promise<number>;
}

export class HeatTimeoutError extends Error {
  constructor(readonly billet: Billet, readonly ms: number) {
    super(`billet for ${billet.orderId} did not reach temperature within ${ms / 1000}s`);
    this.name = 'HeatTimeoutError';
  }
}

const FORGING_TEMP: Record<Billet['steel'], number> = {
  '1045': 1150,
  '1084': 1100,
  O1: 1050,
  W2: 1050,
};

export class ForgeLine extends EventEmitter {
  constructor(private readonly furnace: Furnace, private readonly heatTimeoutMs = 10 * 60_000) {
    super();
  }

  async heatBillet(billet: Billet, signal?: AbortSignal): Promise<number> {
    const target = FORGING_TEMP[billet.steel];
    const controller = new AbortController();
    const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;

    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => {
        controller.abort();
        reject(new HeatTimeoutError(billet, this.heatTimeoutMs));
      }, this.heatTimeoutMs);
    });

    const reached = await Promise.race([this.furnace.heatTo(target, { signal: combined }), timeout]);
    this.emit('heated', billet.orderId, reached);
    return reached;
  }

  async runOrders(billets: Billet[], signal?: AbortSignal): Promise<string[]> {
    const done: string[] = [];
    for (const billet of billets) {
      signal?.throwIfAborted();
      await this.heatBillet(billet, signal);
      done.push(billet.orderId);
    }
    return done;
  }
}
