// expect: none
// Correct: the poll loop re-awaits `this.ready` every tick on purpose: it is a one-time connection promise memoised with ??= and reset on failure, while each reading is a fresh call.
import { setTimeout as sleep } from 'node:timers/promises';

export interface KilnReading {
  kilnId: string;
  chamberC: number;
  setpointC: number;
  rampCPerHour: number;
  at: Date;
}

interface KilnConnection {
  read(kilnId: string): Promise<Omit<KilnReading, 'at'>>;
  close(): Promise<void>;
}

declare function connectKilnController(host: string): Promise<KilnConnection>;

export class SmaltiKilnMonitor {
  private ready: Promise<KilnConnection> | null = null;

  constructor(private readonly host: string) {}

  private connection(): Promise<KilnConnection> {
    this.ready ??= connectKilnController(this.host).catch((err) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }

  async read(kilnId: string): Promise<KilnReading> {
    const conn = await this.connection();
    return { ...(await conn.read(kilnId)), at: new Date() };
  }

  async *watch(kilnId: string, everyMs: number, signal: AbortSignal): AsyncGenerator<KilnReading> {
    while (true) {
      signal.throwIfAborted();
      try {
        yield await this.read(kilnId);
      } catch (err) {
        if (signal.aborted) throw err;
        console.warn(`kiln ${kilnId}: ${(err as Error).message}; reconnecting`);
      }
      await sleep(everyMs, undefined, { signal });
    }
  }

  async close(): Promise<void> {
    const pending = this.ready;
    this.ready = null;
    if (pending) await (await pending).close();
  }
}

export async function fireGoldLeafSmalti(monitor: SmaltiKilnMonitor, kilnId: string, signal: AbortSignal) {
  const log: KilnReading[] = [];
  for await (const r of monitor.watch(kilnId, 15_000, signal)) {
    log.push(r);
    if (r.rampCPerHour > 150) console.warn(`ramp too steep for gold-leaf glass: ${r.rampCPerHour}°C/h`);
    if (r.chamberC >= r.setpointC - 2 && r.setpointC >= 800) break;
  }
  return { readings: log.length, peak: Math.max(...log.map((r) => r.chamberC)) };
}
