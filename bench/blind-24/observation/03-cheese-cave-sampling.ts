// expect: no-unobserved-promise
// The humidity read is started first but the temperature read is awaited before it, so a humidity failure during that wait has no handler.
export interface RackReading {
  caveId: string;
  rack: string;
  temperatureC: number;
  relativeHumidity: number;
  sampledAt: Date;
}

export type CaveAlert = { rack: string; kind: 'too-warm' | 'too-cold' | 'too-dry' | 'too-damp'; value: number };

declare const probeBus: {
  readTemperature(caveId: string, rack: string): Promise<number>;
  // Capacitive probes need ~2s to settle, so this is much slower than temperature.
  readHumidity(caveId: string, rack: string): Promise<number>;
};

declare const affinageDb: {
  insertReading(reading: RackReading): Promise<void>;
};

const TARGETS = {
  minTemp: 10,
  maxTemp: 13.5,
  minRh: 88,
  maxRh: 96,
};

function evaluate(reading: RackReading): CaveAlert[] {
  const alerts: CaveAlert[] = [];
  if (reading.temperatureC > TARGETS.maxTemp) {
    alerts.push({ rack: reading.rack, kind: 'too-warm', value: reading.temperatureC });
  } else if (reading.temperatureC < TARGETS.minTemp) {
    alerts.push({ rack: reading.rack, kind: 'too-cold', value: reading.temperatureC });
  }
  if (reading.relativeHumidity < TARGETS.minRh) {
    alerts.push({ rack: reading.rack, kind: 'too-dry', value: reading.relativeHumidity });
  } else if (reading.relativeHumidity > TARGETS.maxRh) {
    alerts.push({ rack: reading.rack, kind: 'too-damp', value: reading.relativeHumidity });
  }
  return alerts;
}

export async function sampleRack(caveId: string, rack: string): Promise<RackReading> {
  const humidityReading = probeBus.readHumidity(caveId, rack);
  const temperatureC = await probeBus.readTemperature(caveId, rack);
  const relativeHumidity = await humidityReading;

  return {
    caveId,
    rack,
    temperatureC: Math.round(temperatureC * 10) / 10,
    relativeHumidity: Math.round(relativeHumidity),
    sampledAt: new Date(),
  };
}

export async function sweepCave(caveId: string, racks: readonly string[]): Promise<CaveAlert[]> {
  const alerts: CaveAlert[] = [];
  for (const rack of racks) {
    const reading = await sampleRack(caveId, rack);
    await affinageDb.insertReading(reading);
    alerts.push(...evaluate(reading));
  }
  return alerts;
}
