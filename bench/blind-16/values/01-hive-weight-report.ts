// expect: no-promise-as-value
// estimateHoneyKg is async but its result is interpolated into the report line without being awaited, so the text shows "[object Promise]".
import { setTimeout as delay } from 'node:timers/promises';

export interface Hive {
  id: string;
  name: string;
  apiary: string;
  supers: number;
}

export interface SensorGateway {
  temperature(hiveId: string): Promise<number>;
  humidity(hiveId: string): Promise<number>;
  grossWeight(hiveId: string): Promise<number>;
}

declare const calibrationStore: {
  get(hiveId: string): Promise<{ tareKg: number; superKg: number } | undefined>;
};

const DEFAULT_TARE_KG = 18.5;
const DEFAULT_SUPER_KG = 4.2;

export class HiveReporter {
  constructor(
    private readonly gateway: SensorGateway,
    private readonly retries = 2,
  ) {}

  private async withRetry<T>(label: string, fn: () => Promise<T>): Promise<T> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      try {
        return await fn();
      } catch (err) {
        lastError = err;
        // LoRa gateways drop the odd packet; back off a little before asking again
        await delay(250 * (attempt + 1));
      }
    }
    throw new Error(`${label} failed after ${this.retries + 1} attempts: ${String(lastError)}`);
  }

  async estimateHoneyKg(hive: Hive): Promise<number> {
    const gross = await this.withRetry('weight', () => this.gateway.grossWeight(hive.id));
    const cal = await calibrationStore.get(hive.id);
    const tare = cal?.tareKg ?? DEFAULT_TARE_KG;
    const perSuper = cal?.superKg ?? DEFAULT_SUPER_KG;
    const honey = gross - tare - perSuper * hive.supers;
    return Math.max(0, Math.round(honey * 10) / 10);
  }

  async summarize(hive: Hive): Promise<string> {
    const [temp, humidity] = await Promise.all([
      this.withRetry('temperature', () => this.gateway.temperature(hive.id)),
      this.withRetry('humidity', () => this.gateway.humidity(hive.id)),
    ]);
    const honey = this.estimateHoneyKg(hive);

    const flags: string[] = [];
    if (temp < 32) flags.push('brood may be chilled');
    if (temp > 37) flags.push('colony is overheating');
    if (humidity > 70) flags.push('check ventilation');

    return [
      `${hive.apiary} / ${hive.name}`,
      `  brood temp ${temp.toFixed(1)} °C, humidity ${humidity.toFixed(0)}%`,
      `  honey stores ~${honey} kg`,
      ...flags.map((f) => `  ! ${f}`),
    ].join('\n');
  }

  async apiaryDigest(hives: Hive[]): Promise<string> {
    const sections: string[] = [];
    for (const hive of hives) {
      try {
        sections.push(await this.summarize(hive));
      } catch (err) {
        sections.push(`${hive.apiary} / ${hive.name}: sensors unavailable (${(err as Error).message})`);
      }
    }
    return sections.join('\n\n');
  }
}
