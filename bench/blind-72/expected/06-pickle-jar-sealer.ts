// expect: none
// The shared connection promise is deliberately memoised (and dropped on failure), and retrySeal takes a factory that starts a fresh seal attempt each time.
import { setTimeout as delay } from 'node:timers/promises';

export interface Jar {
  jarId: string;
  volumeMl: 250 | 500 | 1000;
  brine: 'dill' | 'bread-and-butter' | 'kimchi';
  fillTempC: number;
}

export interface SealResult {
  jarId: string;
  vacuumKpa: number;
  lidTorqueNm: number;
  attempts: number;
}

interface SealerConnection {
  seal(jarId: string, torqueNm: number): Promise<{ vacuumKpa: number }>;
  close(): Promise<void>;
}

declare function openSealer(host: string): Promise<SealerConnection>;

const TORQUE_BY_VOLUME: Record<Jar['volumeMl'], number> = { 250: 2.1, 500: 2.6, 1000: 3.4 };
const MIN_VACUUM_KPA = 28;

export class SealerClient {
  private connection: Promise<SealerConnection> | undefined;

  constructor(private readonly host: string) {}

  private connect(): Promise<SealerConnection> {
    if (!this.connection) {
      this.connection = openSealer(this.host).catch((err: unknown) => {
        this.connection = undefined;
        throw err;
      });
    }
    return this.connection;
  }

  private async retrySeal<T>(attempt: (n: number) => Promise<T>, attempts = 3): Promise<{ value: T; attempts: number }> {
    let lastError: unknown;
    for (let n = 1; n <= attempts; n++) {
      try {
        return { value: await attempt(n), attempts: n };
      } catch (err) {
        lastError = err;
        await delay(150 * n);
      }
    }
    throw lastError;
  }

  async seal(jar: Jar): Promise<SealResult> {
    if (jar.fillTempC < 85 && jar.brine !== 'kimchi') {
      throw new Error(`jar ${jar.jarId} filled at ${jar.fillTempC}°C; hot-fill needs at least 85°C`);
    }
    const torque = TORQUE_BY_VOLUME[jar.volumeMl];
    const { value, attempts } = await this.retrySeal(async (n) => {
      const conn = await this.connect();
      const { vacuumKpa } = await conn.seal(jar.jarId, torque + (n - 1) * 0.2);
      if (vacuumKpa < MIN_VACUUM_KPA) {
        throw new Error(`weak vacuum ${vacuumKpa} kPa on ${jar.jarId}`);
      }
      return vacuumKpa;
    });
    return { jarId: jar.jarId, vacuumKpa: value, lidTorqueNm: torque, attempts };
  }

  async sealAll(jars: readonly Jar[]): Promise<SealResult[]> {
    const results: SealResult[] = [];
    for (const jar of jars) {
      results.push(await this.seal(jar));
    }
    return results;
  }

  async close(): Promise<void> {
    const pending = this.connection;
    this.connection = undefined;
    if (!pending) return;
    const conn = await pending;
    await conn.close();
  }
}
