// expect: no-promise-as-value
// The upload payload nests readBattery(), an un-awaited promise, which JSON.stringify serialises as {} instead of the voltage.
export interface ScaleSample {
  hiveId: string;
  weightKg: number;
  broodTempC: number;
  humidityPct: number;
  takenAt: number;
}

declare const scaleBus: {
  sample(hiveId: string): Promise<ScaleSample>;
  batteryVolts(hiveId: string): Promise<number>;
  ambientC(): Promise<number>;
};

declare const beeCloud: {
  endpoint: string;
  deviceKey: string;
};

declare const hiveLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const LOW_BATTERY_V = 3.45;

export class HiveUploader {
  private queue: ScaleSample[] = [];

  constructor(private readonly apiaryId: string, private readonly hiveIds: string[]) {}

  private async readBattery(hiveId: string): Promise<number | null> {
    try {
      const volts = await scaleBus.batteryVolts(hiveId);
      if (volts < LOW_BATTERY_V) {
        hiveLog.warn('scale battery low', { hiveId, volts });
      }
      return Math.round(volts * 100) / 100;
    } catch {
      return null;
    }
  }

  async collect(): Promise<number> {
    for (const hiveId of this.hiveIds) {
      const sample = await scaleBus.sample(hiveId);
      if (sample.weightKg <= 0 || sample.weightKg > 200) {
        hiveLog.warn('discarding implausible weight', { hiveId, weightKg: sample.weightKg });
        continue;
      }
      this.queue.push(sample);
    }
    return this.queue.length;
  }

  async upload(): Promise<void> {
    if (this.queue.length === 0) {
      return;
    }
    const ambientC = await scaleBus.ambientC();
    const batch = this.queue.splice(0);
    const readings = batch.map((s) => ({
      hive: s.hiveId,
      kg: s.weightKg,
      brood_c: s.broodTempC,
      rh: s.humidityPct,
      ts: new Date(s.takenAt).toISOString(),
      battery_v: this.readBattery(s.hiveId),
    }));

    const res = await fetch(`${beeCloud.endpoint}/apiaries/${this.apiaryId}/readings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-key': beeCloud.deviceKey },
      body: JSON.stringify({ ambient_c: ambientC, readings }),
    });
    if (!res.ok) {
      this.queue.unshift(...batch);
      throw new Error(`Hive upload rejected: HTTP ${res.status}`);
    }
  }
}
