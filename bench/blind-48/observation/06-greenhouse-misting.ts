// expect: none
// Correct: fire-and-forget work is wrapped in sync listeners with .catch attached, and interval work is chained with rejection handling.
import { EventEmitter } from 'node:events';

export interface HumiditySample {
  bay: string;
  rh: number;
  leafWetness: number;
  at: number;
}

declare const mistValves: {
  pulse(bay: string, seconds: number): Promise<void>;
};

declare const telemetry: {
  publish(topic: string, body: Record<string, unknown>): Promise<void>;
};

declare const ops: {
  error(message: string, meta?: Record<string, unknown>): void;
};

const TARGET_RH = 85;
const MAX_LEAF_WETNESS = 0.6;

export class MistingLoop {
  private readonly busy = new Set<string>();
  private heartbeat: NodeJS.Timeout | undefined;
  private pulses = 0;

  constructor(private readonly sensors: EventEmitter) {}

  start(): void {
    this.sensors.on('sample', (sample: HumiditySample) => {
      this.onSample(sample).catch((err: unknown) => {
        ops.error('misting decision failed', { bay: sample.bay, message: String(err) });
      });
    });

    this.heartbeat = setInterval(() => {
      void telemetry
        .publish('greenhouse/misting/heartbeat', { pulses: this.pulses, busy: [...this.busy] })
        .catch((err: unknown) => ops.error('heartbeat publish failed', { message: String(err) }));
    }, 30_000);
  }

  stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.sensors.removeAllListeners('sample');
  }

  private async onSample(sample: HumiditySample): Promise<void> {
    if (this.busy.has(sample.bay)) return;
    if (sample.rh >= TARGET_RH || sample.leafWetness > MAX_LEAF_WETNESS) return;

    this.busy.add(sample.bay);
    try {
      const seconds = Math.min(12, Math.ceil((TARGET_RH - sample.rh) / 2));
      await mistValves.pulse(sample.bay, seconds);
      this.pulses++;
      await telemetry.publish('greenhouse/misting/pulse', { bay: sample.bay, seconds, rh: sample.rh });
    } finally {
      this.busy.delete(sample.bay);
    }
  }
}

export function dewPointC(tempC: number, rh: number): number {
  const a = 17.27;
  const b = 237.7;
  const gamma = (a * tempC) / (b + tempC) + Math.log(rh / 100);
  return (b * gamma) / (a - gamma);
}
