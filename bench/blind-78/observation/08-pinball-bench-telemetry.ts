// expect: none
// The interval and 'coil-fired' callbacks are synchronous and attach .catch to the upload promise they start, and the async transform is consumed and awaited by pipeline(), so nothing is dropped.
import { EventEmitter } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface CoilEvent {
  coil: string;
  pulseMs: number;
  currentA: number;
  at: number;
}

declare const benchBus: EventEmitter;
declare const telemetryApi: { upload(machine: string, events: CoilEvent[]): Promise<void> };

// Flipper coils on 1980s games draw 4-6A; above 8A the fuse or the driver transistor is at risk.
const OVERCURRENT_A = 8;

export class CoilTelemetry {
  private batch: CoilEvent[] = [];
  private readonly history: CoilEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private uploading = false;

  constructor(private readonly machine: string) {}

  start(flushEveryMs = 10_000): void {
    benchBus.on('coil-fired', this.onCoil);
    this.timer = setInterval(() => {
      this.flush().catch((err: unknown) => console.warn('telemetry upload failed, will retry', err));
    }, flushEveryMs);
  }

  stop(): Promise<void> {
    benchBus.off('coil-fired', this.onCoil);
    clearInterval(this.timer);
    return this.flush();
  }

  private readonly onCoil = (event: CoilEvent): void => {
    this.batch.push(event);
    this.history.push(event);
    if (event.currentA > OVERCURRENT_A) {
      this.flush().catch((err: unknown) => console.warn('urgent overcurrent upload failed', err));
    }
  };

  private async flush(): Promise<void> {
    if (this.uploading || this.batch.length === 0) return;
    this.uploading = true;
    const events = this.batch;
    this.batch = [];
    try {
      await telemetryApi.upload(this.machine, events);
    } catch (err) {
      this.batch = events.concat(this.batch);
      throw err;
    } finally {
      this.uploading = false;
    }
  }

  async exportCsv(file: string): Promise<void> {
    const snapshot = [...this.history];
    await pipeline(
      Readable.from(snapshot),
      async function* (source: AsyncIterable<CoilEvent>) {
        yield 'coil,pulse_ms,current_a,at\n';
        for await (const e of source) {
          yield `${e.coil},${e.pulseMs},${e.currentA},${new Date(e.at).toISOString()}\n`;
        }
      },
      createWriteStream(file),
    );
  }
}
