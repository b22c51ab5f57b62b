// expect: no-leaked-race
// The timeout promise raced against each bench reading never has its timer cleared, so every successful read leaves a live timer behind that piles up across polls and fires long after the race is decided.
import { EventEmitter } from 'node:events';

export interface BenchBus {
  request(benchId: string, register: 'temp' | 'humidity'): Promise<number>;
}

export interface BenchSample {
  benchId: string;
  celsius: number;
  humidityPct: number;
  at: number;
}

function deadline(ms: number, what: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
}

export async function readRegister(
  bus: BenchBus,
  benchId: string,
  register: 'temp' | 'humidity',
  timeoutMs: number,
): Promise<number> {
  return Promise.race([bus.request(benchId, register), deadline(timeoutMs, `${benchId}/${register}`)]);
}

export class BenchMonitor extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly bus: BenchBus,
    private readonly benches: readonly string[],
    private readonly pollMs = 2_000,
    private readonly timeoutMs = 10_000,
  ) {
    super();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.timer = setInterval(() => {
      this.pollOnce().catch((err: unknown) => this.emit('error', err));
    }, this.pollMs);
  }

  stop(): void {
    this.running = false;
    clearInterval(this.timer);
  }

  async pollOnce(): Promise<BenchSample[]> {
    const samples: BenchSample[] = [];
    for (const benchId of this.benches) {
      const celsius = await readRegister(this.bus, benchId, 'temp', this.timeoutMs);
      const humidityPct = await readRegister(this.bus, benchId, 'humidity', this.timeoutMs);
      const sample = { benchId, celsius, humidityPct, at: Date.now() };
      samples.push(sample);
      if (celsius > 105) this.emit('overheat', sample);
    }
    this.emit('samples', samples);
    return samples;
  }
}
