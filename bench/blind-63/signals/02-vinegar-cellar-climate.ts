// expect: no-swallowed-abort
// readCellar() turns an AbortError into an empty reading list, so a cancelled sweep looks like a cellar with no sensors and is persisted as such.
export interface ClimateReading {
  sensorId: string;
  rack: string;
  celsius: number;
  humidityPct: number;
}

export interface CellarSweep {
  cellar: string;
  readings: ClimateReading[];
  alerts: string[];
}

declare const sweepStore: {
  save(sweep: CellarSweep & { at: Date }): Promise<void>;
};

// acetobacter works best between 26 and 30°C; below 20 the mother goes dormant
const MIN_C = 20;
const MAX_C = 32;
const MIN_HUMIDITY = 60;

async function readCellar(gatewayUrl: string, cellar: string, signal: AbortSignal): Promise<ClimateReading[]> {
  try {
    const res = await fetch(`${gatewayUrl}/cellars/${cellar}/sensors`, { signal });
    if (!res.ok) {
      throw new Error(`gateway answered ${res.status} for cellar ${cellar}`);
    }
    return (await res.json()) as ClimateReading[];
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') {
      return [];
    }
    throw err;
  }
}

function alertsFor(readings: ClimateReading[]): string[] {
  const alerts: string[] = [];
  for (const r of readings) {
    if (r.celsius < MIN_C) alerts.push(`${r.rack}: ${r.celsius}°C is too cold, fermentation stalls`);
    if (r.celsius > MAX_C) alerts.push(`${r.rack}: ${r.celsius}°C is too hot, acetobacter dies off`);
    if (r.humidityPct < MIN_HUMIDITY) alerts.push(`${r.rack}: ${r.humidityPct}% humidity, barrels will dry out`);
  }
  return alerts;
}

export async function sweepCellars(
  gatewayUrl: string,
  cellars: string[],
  signal: AbortSignal,
): Promise<CellarSweep[]> {
  const sweeps: CellarSweep[] = [];
  for (const cellar of cellars) {
    const readings = await readCellar(gatewayUrl, cellar, signal);
    const sweep: CellarSweep = { cellar, readings, alerts: alertsFor(readings) };
    await sweepStore.save({ ...sweep, at: new Date() });
    sweeps.push(sweep);
  }
  return sweeps;
}
