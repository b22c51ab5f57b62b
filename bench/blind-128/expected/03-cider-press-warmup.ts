// expect: none
// The warm-up calls each async step before passing the promises to Promise.all, and hands retry() a bound function reference that retry itself calls on every attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PressHardware {
  rinseRollers(seconds: number): Promise<void>;
  tareScale(): Promise<number>;
  hydraulicPressureBar(): Promise<number>;
}

export interface OrderBook {
  todaysOrders(): Promise<{ orchard: string; bushels: number }[]>;
}

async function retry<T>(fn: () => Promise<T>, attempts = 3, delayMs = 500): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
      if (i < attempts - 1) await sleep(delayMs * (i + 1));
    }
  }
  throw lastErr;
}

export class PressWarmup {
  constructor(private readonly hw: PressHardware, private readonly orders: OrderBook) {}

  private async sanitize(): Promise<void> {
    await this.hw.rinseRollers(90);
    await this.hw.rinseRollers(30);
  }

  private async checkHydraulics(): Promise<number> {
    const bar = await this.hw.hydraulicPressureBar();
    if (bar < 180) throw new Error(`hydraulic pressure low: ${bar} bar`);
    return bar;
  }

  private async calibrateScale(): Promise<number> {
    const tareKg = await this.hw.tareScale();
    if (Math.abs(tareKg) > 0.5) throw new Error(`scale tare drifted by ${tareKg}kg`);
    return tareKg;
  }

  async run(): Promise<string> {
    const [, bar, tareKg] = await Promise.all([this.sanitize(), this.checkHydraulics(), this.calibrateScale()]);
    const orders = await retry(this.orders.todaysOrders.bind(this.orders));
    const bushels = orders.reduce((s, o) => s + o.bushels, 0);
    return `press ready: ${bar} bar, tare ${tareKg.toFixed(2)}kg, ${orders.length} orders / ${bushels} bushels`;
  }
}
