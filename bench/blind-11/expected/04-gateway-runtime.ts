// expect: no-uncalled-async-function
// shutdown puts the async method reference this.flushTelemetry into Promise.all instead of calling it, so buffered readings are never flushed before exit.
import { EventEmitter } from 'node:events';

interface SensorReading {
  deviceId: string;
  metric: string;
  value: number;
  ts: number;
}

interface MqttLike {
  publish(topic: string, payload: string, opts: { qos: 0 | 1 }): Promise<void>;
  end(force?: boolean): Promise<void>;
}

interface ReadingStore {
  appendBatch(readings: SensorReading[]): Promise<void>;
  close(): Promise<void>;
}

export class GatewayRuntime extends EventEmitter {
  private buffer: SensorReading[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    private readonly gatewayId: string,
    private readonly mqtt: MqttLike,
    private readonly store: ReadingStore,
    private readonly flushEveryMs = 5_000,
  ) {
    super();
  }

  start(): void {
    this.flushTimer = setInterval(() => {
      this.flushTelemetry().catch((err) => this.emit('error', err));
    }, this.flushEveryMs);
    process.once('SIGTERM', () => void this.shutdown('SIGTERM'));
    process.once('SIGINT', () => void this.shutdown('SIGINT'));
  }

  ingest(reading: SensorReading): void {
    if (this.stopping) return;
    this.buffer.push(reading);
    if (this.buffer.length >= 500) {
      this.flushTelemetry().catch((err) => this.emit('error', err));
    }
  }

  async flushTelemetry(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    await this.store.appendBatch(batch);
    await this.mqtt.publish(
      `gateways/${this.gatewayId}/telemetry`,
      JSON.stringify({ count: batch.length, from: batch[0].ts, to: batch[batch.length - 1].ts }),
      { qos: 1 },
    );
    this.emit('flushed', batch.length);
  }

  async shutdown(signal: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    clearInterval(this.flushTimer);
    this.emit('stopping', signal);

    try {
      await Promise.all([this.flushTelemetry, this.mqtt.publish(`gateways/${this.gatewayId}/status`, 'offline', { qos: 1 })]);
    } catch (err) {
      this.emit('error', err);
    } finally {
      await this.mqtt.end();
      await this.store.close();
    }
    process.exitCode = 0;
  }
}
