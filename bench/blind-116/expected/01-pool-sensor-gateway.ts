// expect: no-uncalled-async-function
// shutdown() writes `await this.flushPendingReadings` without parentheses, so it awaits the method object itself and buffered readings are dropped when the gateway closes.
import { appendFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface PoolReading {
  poolId: string;
  celsius: number;
  ph: number;
  silicaPpm: number;
  at: number;
}

export interface SensorBus extends EventEmitter {
  close(): Promise<void>;
}

export class PoolSensorGateway {
  private buffer: PoolReading[] = [];
  private flushTimer?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly bus: SensorBus,
    private readonly archiveFile: string,
    private readonly flushEvery = 50,
  ) {
    this.onReading = this.onReading.bind(this);
  }

  start(): void {
    this.bus.on('reading', this.onReading);
    this.flushTimer = setInterval(() => {
      this.flushPendingReadings().catch((err) => this.bus.emit('gateway-error', err));
    }, 30_000);
  }

  private onReading(reading: PoolReading): void {
    if (this.closed) return;
    this.buffer.push(reading);
    if (this.buffer.length >= this.flushEvery) {
      this.flushPendingReadings().catch((err) => this.bus.emit('gateway-error', err));
    }
  }

  async flushPendingReadings(): Promise<number> {
    if (this.buffer.length === 0) return 0;
    const batch = this.buffer;
    this.buffer = [];
    const lines = batch
      .map((r) => [new Date(r.at).toISOString(), r.poolId, r.celsius.toFixed(1), r.ph.toFixed(2), r.silicaPpm].join(','))
      .join('\n');
    await appendFile(this.archiveFile, lines + '\n', 'utf8');
    return batch.length;
  }

  async shutdown(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.flushTimer);
    this.bus.off('reading', this.onReading);
    await this.flushPendingReadings;
    await this.bus.close();
  }

  latest(poolId: string): PoolReading | undefined {
    for (let i = this.buffer.length - 1; i >= 0; i--) {
      if (this.buffer[i].poolId === poolId) return this.buffer[i];
    }
    return undefined;
  }
}

export function silicaScalingRisk(reading: PoolReading): 'low' | 'medium' | 'high' {
  if (reading.silicaPpm > 400 && reading.celsius < 40) return 'high';
  if (reading.silicaPpm > 250) return 'medium';
  return 'low';
}
