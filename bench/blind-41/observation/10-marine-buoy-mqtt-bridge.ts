// expect: none
// The 'message' listener is synchronous and attaches .catch to the async ingest immediately, so no rejected ingest is ever left floating.
import { EventEmitter } from 'node:events';

export interface BuoyObservation {
  buoyId: string;
  sstC: number;
  waveHeightM: number;
  windKts: number;
  batteryV: number;
  observedAt: string;
}

interface MqttLikeClient extends EventEmitter {
  subscribe(topic: string): void;
  unsubscribe(topic: string): void;
}

declare const timeseries: {
  insert(table: string, row: Record<string, unknown>): Promise<void>;
};
declare const maintenanceQueue: {
  open(buoyId: string, reason: string): Promise<string>;
};
declare const bridgeLog: {
  error(msg: string, meta?: Record<string, unknown>): void;
};

const LOW_BATTERY_V = 11.4;

export class BuoyBridge {
  private readonly lowBatteryTickets = new Map<string, string>();
  private failures = 0;
  private readonly onMessage = (topic: string, payload: Buffer) => {
    this.ingest(topic, payload).catch((err: unknown) => {
      this.failures += 1;
      bridgeLog.error('failed to ingest buoy message', { topic, err: String(err), failures: this.failures });
    });
  };

  constructor(private readonly client: MqttLikeClient, private readonly topic = 'buoys/+/obs') {}

  start(): void {
    this.client.on('message', this.onMessage);
    this.client.subscribe(this.topic);
  }

  stop(): void {
    this.client.unsubscribe(this.topic);
    this.client.off('message', this.onMessage);
  }

  get failureCount(): number {
    return this.failures;
  }

  private async ingest(topic: string, payload: Buffer): Promise<void> {
    const buoyId = topic.split('/')[1];
    const obs = JSON.parse(payload.toString('utf8')) as BuoyObservation;
    if (obs.buoyId !== buoyId) {
      throw new Error(`payload for ${obs.buoyId} arrived on topic for ${buoyId}`);
    }
    await timeseries.insert('buoy_obs', {
      buoy_id: obs.buoyId,
      sst_c: obs.sstC,
      wave_height_m: obs.waveHeightM,
      wind_kts: obs.windKts,
      battery_v: obs.batteryV,
      observed_at: obs.observedAt,
    });

    if (obs.batteryV < LOW_BATTERY_V && !this.lowBatteryTickets.has(buoyId)) {
      const ticket = await maintenanceQueue.open(buoyId, `battery at ${obs.batteryV.toFixed(2)} V`);
      this.lowBatteryTickets.set(buoyId, ticket);
    } else if (obs.batteryV >= LOW_BATTERY_V + 0.4) {
      this.lowBatteryTickets.delete(buoyId);
    }
  }
}
