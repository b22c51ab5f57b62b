// expect: no-uncalled-async-function
// `!sensor.isConnected` tests the async method reference (always truthy) instead of awaiting its result, so dropped sensors are never reconnected.
import { EventEmitter } from 'node:events';

declare function requestGattConnection(deviceId: string, signal: AbortSignal): Promise<void>;
declare function queryLinkState(deviceId: string): Promise<'up' | 'down'>;
declare function readCharacteristic(deviceId: string, uuid: string): Promise<DataView>;

const TEMPERATURE_UUID = '00002a6e-0000-1000-8000-00805f9b34fb';
const HUMIDITY_UUID = '00002a6f-0000-1000-8000-00805f9b34fb';

export interface Reading {
  deviceId: string;
  temperatureC: number;
  humidityPct: number;
  at: Date;
}

class Sensor {
  constructor(
    readonly deviceId: string,
    readonly label: string,
  ) {}

  async isConnected(): Promise<boolean> {
    return (await queryLinkState(this.deviceId)) === 'up';
  }

  async connect(timeoutMs = 10_000): Promise<void> {
    await requestGattConnection(this.deviceId, AbortSignal.timeout(timeoutMs));
  }

  async read(): Promise<Reading> {
    const [temp, humidity] = await Promise.all([
      readCharacteristic(this.deviceId, TEMPERATURE_UUID),
      readCharacteristic(this.deviceId, HUMIDITY_UUID),
    ]);
    return {
      deviceId: this.deviceId,
      temperatureC: temp.getInt16(0, true) / 100,
      humidityPct: humidity.getUint16(0, true) / 100,
      at: new Date(),
    };
  }
}

export class SensorHub extends EventEmitter {
  private sensors = new Map<string, Sensor>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  add(deviceId: string, label: string): void {
    this.sensors.set(deviceId, new Sensor(deviceId, label));
  }

  start(intervalMs = 30_000): void {
    this.stop();
    this.running = true;
    const tick = () => {
      this.pollAll()
        .catch((err) => this.emit('error', err))
        .finally(() => {
          if (this.running) this.timer = setTimeout(tick, intervalMs);
        });
    };
    tick();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async pollAll(): Promise<void> {
    const results = await Promise.allSettled(
      [...this.sensors.values()].map(async (sensor) => {
        if (!sensor.isConnected) {
          this.emit('reconnecting', sensor.label);
          await sensor.connect();
        }
        return sensor.read();
      }),
    );
    for (const result of results) {
      if (result.status === 'fulfilled') this.emit('reading', result.value);
      else this.emit('sensor-error', result.reason);
    }
  }
}
