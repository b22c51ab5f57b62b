// expect: none
// The async flow rate is awaited inside the sample object literal, so the published payload carries a number, not a Promise.
export interface PumpDriver {
  readonly pumpId: string;
  readonly running: boolean;
  readonly pressureBar: number;
  readonly motorTempC: number;
  flowLps(): Promise<number>;
  hoursRun(): number;
}

export interface FountainSite {
  fountainId: string;
  square: string;
  pumps: PumpDriver[];
}

declare const telemetry: {
  publish(topic: string, payload: Record<string, unknown>): Promise<void>;
};
declare const waterworksLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_MOTOR_TEMP_C = 85;
const SERVICE_INTERVAL_HOURS = 2_000;

export class FountainTelemetry {
  private published = 0;
  private readonly alarms = new Set<string>();

  constructor(private readonly site: FountainSite) {}

  private checkAlarms(pump: PumpDriver): string[] {
    const alarms: string[] = [];
    if (pump.motorTempC > MAX_MOTOR_TEMP_C) alarms.push('motor-overheat');
    if (pump.running && pump.pressureBar < 0.3) alarms.push('low-pressure');
    if (pump.hoursRun() % SERVICE_INTERVAL_HOURS > SERVICE_INTERVAL_HOURS - 24) alarms.push('service-due');
    return alarms;
  }

  async publishSnapshot(pump: PumpDriver): Promise<void> {
    const alarms = this.checkAlarms(pump);
    for (const alarm of alarms) {
      const key = `${pump.pumpId}:${alarm}`;
      if (!this.alarms.has(key)) {
        this.alarms.add(key);
        waterworksLog.warn('pump alarm raised', { fountainId: this.site.fountainId, pumpId: pump.pumpId, alarm });
      }
    }

    const sample = {
      fountainId: this.site.fountainId,
      square: this.site.square,
      pumpId: pump.pumpId,
      running: pump.running,
      pressureBar: Math.round(pump.pressureBar * 100) / 100,
      flowLps: await pump.flowLps(),
      motorTempC: pump.motorTempC,
      alarms,
      at: new Date().toISOString(),
    };
    await telemetry.publish(`fountains/${this.site.fountainId}/pumps/${pump.pumpId}`, sample);
    this.published += 1;
  }

  async publishAll(): Promise<number> {
    for (const pump of this.site.pumps) {
      await this.publishSnapshot(pump);
    }
    return this.site.pumps.length;
  }

  clearAlarm(pumpId: string, alarm: string): boolean {
    return this.alarms.delete(`${pumpId}:${alarm}`);
  }

  activeAlarms(): string[] {
    return [...this.alarms].sort();
  }

  get snapshotsPublished(): number {
    return this.published;
  }
}
