// expect: no-leaked-race
// readWithDeadline races the sensor read against a setTimeout-based rejection that is never cleared, so every successful read leaves a pending timer and a timed-out read keeps running.
export interface ZoneReading {
  zone: string;
  tempC: number;
  humidityPct: number;
  luxAtCanopy: number;
}

export interface ClimateAlarm {
  zone: string;
  kind: "too-cold" | "too-hot" | "too-dry" | "sensor-timeout";
  detail: string;
}

declare const sensorHub: {
  read(zone: string): Promise<ZoneReading>;
};
declare const alarmPanel: {
  raise(alarm: ClimateAlarm): Promise<void>;
  clear(zone: string): Promise<void>;
};

const READ_DEADLINE_MS = 3_000;
const LIMITS = { minC: 24, maxC: 30, minHumidity: 70 };

class SensorTimeoutError extends Error {
  constructor(readonly zone: string, ms: number) {
    super(`sensor in ${zone} did not answer within ${ms} ms`);
    this.name = "SensorTimeoutError";
  }
}

function readWithDeadline(zone: string, ms: number): Promise<ZoneReading> {
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new SensorTimeoutError(zone, ms)), ms);
  });
  return Promise.race([sensorHub.read(zone), deadline]);
}

export function alarmsFor(reading: ZoneReading): ClimateAlarm[] {
  const alarms: ClimateAlarm[] = [];
  if (reading.tempC < LIMITS.minC) {
    alarms.push({ zone: reading.zone, kind: "too-cold", detail: `${reading.tempC} °C` });
  } else if (reading.tempC > LIMITS.maxC) {
    alarms.push({ zone: reading.zone, kind: "too-hot", detail: `${reading.tempC} °C` });
  }
  if (reading.humidityPct < LIMITS.minHumidity) {
    alarms.push({ zone: reading.zone, kind: "too-dry", detail: `${reading.humidityPct} % RH` });
  }
  return alarms;
}

export class ClimateWatch {
  private readonly lastGood = new Map<string, ZoneReading>();

  constructor(private readonly zones: readonly string[]) {}

  async sweep(): Promise<ClimateAlarm[]> {
    const raised: ClimateAlarm[] = [];
    for (const zone of this.zones) {
      let reading: ZoneReading;
      try {
        reading = await readWithDeadline(zone, READ_DEADLINE_MS);
      } catch (err) {
        if (!(err instanceof SensorTimeoutError)) throw err;
        const alarm: ClimateAlarm = { zone, kind: "sensor-timeout", detail: err.message };
        await alarmPanel.raise(alarm);
        raised.push(alarm);
        continue;
      }

      this.lastGood.set(zone, reading);
      const alarms = alarmsFor(reading);
      if (alarms.length === 0) {
        await alarmPanel.clear(zone);
        continue;
      }
      for (const alarm of alarms) {
        await alarmPanel.raise(alarm);
        raised.push(alarm);
      }
    }
    return raised;
  }

  lastReading(zone: string): ZoneReading | undefined {
    return this.lastGood.get(zone);
  }
}
