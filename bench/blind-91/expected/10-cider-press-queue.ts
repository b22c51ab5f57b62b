// expect: none
// Each retry calls the factory again (.catch(() => this.retry(makeRun, ...)) never re-attaches to the old promise), isIdle() is called and awaited, and the config promise is memoised on purpose and only ever fulfils.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

interface PressConfig {
  units: number[];
  maxCheeseKg: number;
  retryDelayMs: number;
}

export interface PressOrder {
  orderId: string;
  variety: string;
  kg: number;
}

declare const press: {
  isIdle(unit: number): Promise<boolean>;
  run(unit: number, order: PressOrder): Promise<{ litres: number }>;
};

const DEFAULT_CONFIG: PressConfig = { units: [1, 2], maxCheeseKg: 120, retryDelayMs: 2_000 };

export class PressQueue {
  private readonly config: Promise<PressConfig>;

  constructor(configPath: string) {
    this.config = readFile(configPath, 'utf8')
      .then((text) => ({ ...DEFAULT_CONFIG, ...(JSON.parse(text) as Partial<PressConfig>) }))
      .catch(() => DEFAULT_CONFIG);
  }

  private async freeUnit(): Promise<number | null> {
    const { units } = await this.config;
    for (const unit of units) {
      if (await press.isIdle(unit)) return unit;
    }
    return null;
  }

  private retry<T>(makeRun: () => Promise<T>, triesLeft: number, delayMs: number): Promise<T> {
    return makeRun().catch(async (err) => {
      if (triesLeft <= 1) throw err;
      await sleep(delayMs);
      return this.retry(makeRun, triesLeft - 1, delayMs * 2);
    });
  }

  async submit(order: PressOrder): Promise<{ orderId: string; unit: number; litres: number }> {
    const config = await this.config;
    if (order.kg > config.maxCheeseKg) {
      throw new Error(`order ${order.orderId}: ${order.kg} kg exceeds one cheese (${config.maxCheeseKg} kg)`);
    }

    const { unit, litres } = await this.retry(
      async () => {
        const unit = await this.freeUnit();
        if (unit === null) throw new Error('no idle press');
        const { litres } = await press.run(unit, order);
        return { unit, litres };
      },
      4,
      config.retryDelayMs,
    );

    return { orderId: order.orderId, unit, litres };
  }
}
