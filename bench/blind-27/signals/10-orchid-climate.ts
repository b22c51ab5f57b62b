// expect: no-swallowed-abort
// readZone wraps every failure, including the abort from the controller's signal, in a SensorUnavailableError without the cause, so shutdown is treated as an offline sensor and the sweep carries on.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Zone {
  id: string;
  genus: 'Phalaenopsis' | 'Cattleya' | 'Dendrobium' | 'Masdevallia';
  sensorUrl: string;
  targetHumidity: [number, number];
  targetTempC: [number, number];
}

export interface ZoneReading {
  zoneId: string;
  tempC: number;
  humidity: number;
  lux: number;
  at: number;
}

export class SensorUnavailableError extends Error {
  constructor(readonly zoneId: string, detail: string) {
    super(`sensor for zone ${zoneId} unavailable: ${detail}`);
    this.name = 'SensorUnavailableError';
  }
}

declare const misting: {
  pulse(zoneId: string, seconds: number, opts?: { signal?: AbortSignal }): Promise<void>;
};

export class ClimateController extends EventEmitter {
  private readonly controller = new AbortController();
  private readonly offline = new Set<string>();

  constructor(private readonly zones: Zone[], private readonly sweepMs = 60_000) {
    super();
  }

  shutdown(): void {
    this.controller.abort();
  }

  private async readZone(zone: Zone, signal: AbortSignal): Promise<ZoneReading> {
    try {
      const res = await fetch(`${zone.sensorUrl}/v1/reading`, { signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as Omit<ZoneReading, 'zoneId' | 'at'>;
      return { ...body, zoneId: zone.id, at: Date.now() };
    } catch (err) {
      throw new SensorUnavailableError(zone.id, err instanceof Error ? err.message : String(err));
    }
  }

  private async adjust(zone: Zone, reading: ZoneReading, signal: AbortSignal): Promise<void> {
    const [minHumidity] = zone.targetHumidity;
    if (reading.humidity < minHumidity) {
      const seconds = Math.min(30, Math.ceil((minHumidity - reading.humidity) * 2));
      await misting.pulse(zone.id, seconds, { signal });
      this.emit('misted', { zoneId: zone.id, seconds });
    }
    const [, maxTemp] = zone.targetTempC;
    if (reading.tempC > maxTemp) this.emit('vent', { zoneId: zone.id, tempC: reading.tempC });
  }

  private async sweep(signal: AbortSignal): Promise<void> {
    for (const zone of this.zones) {
      try {
        const reading = await this.readZone(zone, signal);
        this.offline.delete(zone.id);
        await this.adjust(zone, reading, signal);
      } catch (err) {
        if (!(err instanceof SensorUnavailableError)) throw err;
        if (!this.offline.has(zone.id)) this.emit('sensor-offline', zone.id);
        this.offline.add(zone.id);
      }
    }
  }

  async run(): Promise<void> {
    const { signal } = this.controller;
    while (!signal.aborted) {
      await this.sweep(signal);
      await sleep(this.sweepMs, undefined, { signal });
    }
  }
}
