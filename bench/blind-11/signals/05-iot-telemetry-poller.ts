// expect: require-signal-propagation
// The poll loop checks the signal between cycles but awaits setTimeout from timers/promises without the signal, so stop() waits up to a full poll interval before the loop exits.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface SensorReading {
  deviceId: string;
  metric: string;
  value: number;
  at: number;
}

interface ModbusClient {
  readHoldingRegisters(unit: number, address: number, count: number, opts?: { signal?: AbortSignal }): Promise<number[]>;
}

export interface SensorConfig {
  deviceId: string;
  unit: number;
  register: number;
  metric: string;
  scale: number;
}

export class TelemetryPoller extends EventEmitter<{
  reading: [SensorReading];
  error: [Error];
}> {
  private controller: AbortController | null = null;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly bus: ModbusClient,
    private readonly sensors: SensorConfig[],
    private readonly intervalMs = 15_000,
  ) {
    super();
  }

  start(): void {
    if (this.controller) return;
    this.controller = new AbortController();
    this.loop = this.run(this.controller.signal);
  }

  async stop(): Promise<void> {
    this.controller?.abort();
    await this.loop?.catch(() => undefined);
    this.controller = null;
    this.loop = null;
  }

  private async pollOnce(signal: AbortSignal): Promise<void> {
    for (const s of this.sensors) {
      try {
        const [raw] = await this.bus.readHoldingRegisters(s.unit, s.register, 1, { signal });
        this.emit('reading', {
          deviceId: s.deviceId,
          metric: s.metric,
          value: raw * s.scale,
          at: Date.now(),
        });
      } catch (err) {
        if (signal.aborted) throw err;
        this.emit('error', new Error(`read failed for ${s.deviceId}/${s.metric}`, { cause: err }));
      }
    }
  }

  private async run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const started = Date.now();
      await this.pollOnce(signal);
      const elapsed = Date.now() - started;
      await sleep(Math.max(0, this.intervalMs - elapsed));
    }
  }
}
