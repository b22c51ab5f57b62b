// expect: none
// lastReading is written by a 'reading' listener, but start() only reads it after awaiting events.once for the first reading, by which point the earlier-registered listener has run.
import { EventEmitter, once } from "node:events";

export interface HumidityReading {
  shedId: string;
  humidityPct: number;
  airTempC: number;
  at: number;
}

interface ShedSensor extends EventEmitter {
  start(intervalMs: number): void;
  stop(): void;
}

declare const fans: {
  setSpeed(shedId: string, percent: number): Promise<void>;
};

declare const dehumidifier: {
  enable(shedId: string, on: boolean): Promise<void>;
};

const TARGET_HUMIDITY_PCT = 35;
const MAX_AIR_TEMP_C = 38;

export function fanSpeedFor(reading: HumidityReading): number {
  if (reading.airTempC > MAX_AIR_TEMP_C) return 100;
  const excess = reading.humidityPct - TARGET_HUMIDITY_PCT;
  if (excess <= 0) return 20;
  return Math.min(100, 20 + excess * 3);
}

export class DryingShed {
  private lastReading: HumidityReading | undefined;
  private readonly history: HumidityReading[] = [];

  constructor(private readonly shedId: string, private readonly sensor: ShedSensor) {
    this.sensor.on("reading", (reading: HumidityReading) => {
      this.lastReading = reading;
      this.history.push(reading);
      if (this.history.length > 720) this.history.shift();
    });
  }

  async start(): Promise<HumidityReading> {
    this.sensor.start(10_000);
    await once(this.sensor, "reading");
    const first = this.lastReading;
    if (!first) throw new Error(`shed ${this.shedId} produced no reading`);

    await fans.setSpeed(this.shedId, fanSpeedFor(first));
    await dehumidifier.enable(this.shedId, first.humidityPct > TARGET_HUMIDITY_PCT + 20);
    return first;
  }

  stop(): void {
    this.sensor.stop();
  }

  averageHumidity(windowMs: number, now = Date.now()): number | undefined {
    const recent = this.history.filter((r) => now - r.at <= windowMs);
    if (recent.length === 0) return undefined;
    return recent.reduce((sum, r) => sum + r.humidityPct, 0) / recent.length;
  }
}
