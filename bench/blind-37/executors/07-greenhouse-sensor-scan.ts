// expect: no-multiple-settle
// The executor is async and awaits openSensorBus() before wiring any handlers, so a failed bus open never settles the promise.
import type { EventEmitter } from 'node:events';

export interface ZoneReading {
  sensorId: string;
  airC: number;
  soilC: number;
  humidityPct: number;
}

interface SensorBus extends EventEmitter {
  startScan(options: { sensors: string[]; intervalMs: number }): void;
  close(): void;
}

interface ZoneConfig {
  zone: string;
  sensors: string[];
  targetAirC: number;
  minSoilC: number;
  glazingUValue: number;
  floorAreaM2: number;
}

declare function openSensorBus(zone: string): Promise<SensorBus>;
declare function setBoilerDemand(zone: string, kilowatts: number): Promise<void>;
declare function forecastOutsideC(hoursAhead: number): Promise<number>;

function scanZone(config: ZoneConfig): Promise<ZoneReading[]> {
  return new Promise<ZoneReading[]>(async (resolve, reject) => {
    const bus = await openSensorBus(config.zone);
    const readings = new Map<string, ZoneReading>();

    bus.on('reading', (reading: ZoneReading) => {
      readings.set(reading.sensorId, reading);
    });
    bus.once('scan-complete', () => {
      bus.close();
      resolve([...readings.values()]);
    });
    bus.once('error', (err: Error) => {
      bus.close();
      reject(err);
    });

    bus.startScan({ sensors: config.sensors, intervalMs: 250 });
  });
}

function average(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function heatLossKw(config: ZoneConfig, insideC: number, outsideC: number): number {
  const glazedArea = config.floorAreaM2 * 1.6;
  return (config.glazingUValue * glazedArea * Math.max(0, insideC - outsideC)) / 1000;
}

export async function regulateZone(config: ZoneConfig): Promise<{ zone: string; demandKw: number }> {
  const readings = await scanZone(config);
  if (readings.length === 0) {
    throw new Error(`no sensors answered in zone ${config.zone}`);
  }

  const airC = average(readings.map((r) => r.airC));
  const soilC = Math.min(...readings.map((r) => r.soilC));
  const outsideC = await forecastOutsideC(2);

  let demandKw = heatLossKw(config, config.targetAirC, outsideC);
  if (airC < config.targetAirC - 1) {
    demandKw *= 1.25;
  }
  if (soilC < config.minSoilC) {
    demandKw += 0.05 * config.floorAreaM2;
  }

  demandKw = Math.round(demandKw * 10) / 10;
  await setBoilerDemand(config.zone, demandKw);
  return { zone: config.zone, demandKw };
}
