// expect: no-reused-settled-promise
// waitForHumidity takes one probe sample before the loop and re-awaits that same settled promise on every poll instead of sampling again.
import { setTimeout as delay } from 'node:timers/promises';

export interface ClimateSample {
  zone: string;
  tempC: number;
  relativeHumidity: number;
  co2Ppm: number;
  takenAt: number;
}

declare const probeNetwork: {
  sample(zone: string): Promise<ClimateSample>;
};

declare const actuators: {
  setVent(zone: string, openPercent: number): Promise<void>;
  setMisting(zone: string, on: boolean): Promise<void>;
  setFans(zone: string, rpm: number): Promise<void>;
};

declare const climateLog: { info(msg: string, data?: object): void; warn(msg: string, data?: object): void };

export interface ZoneTargets {
  maxHumidity: number;
  maxTempC: number;
  pollIntervalMs: number;
  maxPolls: number;
}

export class HumidityTimeout extends Error {
  constructor(readonly zone: string, readonly lastHumidity: number) {
    super(`Zone ${zone} still at ${lastHumidity}% RH after venting`);
    this.name = 'HumidityTimeout';
  }
}

async function waitForHumidity(zone: string, targets: ZoneTargets): Promise<ClimateSample> {
  const sample = probeNetwork.sample(zone);
  let last: ClimateSample | undefined;
  for (let poll = 0; poll < targets.maxPolls; poll++) {
    last = await sample;
    if (last.relativeHumidity <= targets.maxHumidity) {
      return last;
    }
    climateLog.info('humidity still high', { zone, rh: last.relativeHumidity, poll });
    await delay(targets.pollIntervalMs);
  }
  throw new HumidityTimeout(zone, last?.relativeHumidity ?? NaN);
}

function ventOpeningFor(sample: ClimateSample, targets: ZoneTargets): number {
  const rhExcess = Math.max(0, sample.relativeHumidity - targets.maxHumidity);
  const heatExcess = Math.max(0, sample.tempC - targets.maxTempC);
  return Math.min(100, Math.round(rhExcess * 4 + heatExcess * 10));
}

export async function dehumidifyZone(zone: string, targets: ZoneTargets): Promise<ClimateSample> {
  const initial = await probeNetwork.sample(zone);
  if (initial.relativeHumidity <= targets.maxHumidity) {
    return initial;
  }

  await actuators.setMisting(zone, false);
  await actuators.setVent(zone, ventOpeningFor(initial, targets));
  await actuators.setFans(zone, 1_200);

  try {
    const settled = await waitForHumidity(zone, targets);
    climateLog.info('zone within humidity target', { zone, rh: settled.relativeHumidity });
    return settled;
  } catch (err) {
    if (err instanceof HumidityTimeout) {
      climateLog.warn('venting did not bring humidity down, opening fully', { zone });
      await actuators.setVent(zone, 100);
    }
    throw err;
  } finally {
    await actuators.setFans(zone, 400);
  }
}
