// expect: none
// Every async reading is awaited before it is interpolated, compared or nested in the published JSON; the only promises in the payload builder are inside Promise.all.
export interface StillSensors {
  stillId: string;
  columnTopC: number;
  condenserOutC: number;
  steamKpa: number;
}

export interface DistillateSample {
  stillId: string;
  refractiveIndex: number;
  oilLayerMm: number;
}

declare const plantBus: {
  sensors(stillId: string): Promise<StillSensors>;
  latestSample(stillId: string): Promise<DistillateSample | undefined>;
  operatorOnDuty(): Promise<string>;
};

declare const mqtt: {
  publish(topic: string, payload: string, opts: { qos: 0 | 1 | 2; retain: boolean }): Promise<void>;
};

declare const stillLog: {
  info(msg: string): void;
};

const EXPECTED_REFRACTIVE: Record<string, [number, number]> = {
  'still-rose': [1.452, 1.464],
  'still-lavender': [1.455, 1.466],
  'still-vetiver': [1.515, 1.53],
};

function refractiveOk(sample: DistillateSample): boolean | undefined {
  const range = EXPECTED_REFRACTIVE[sample.stillId];
  if (!range) return undefined;
  return sample.refractiveIndex >= range[0] && sample.refractiveIndex <= range[1];
}

function condenserWarning(s: StillSensors): string | undefined {
  if (s.condenserOutC > 35) return `condenser outlet ${s.condenserOutC.toFixed(1)} C; oil may flash off`;
  if (s.steamKpa > 140) return `steam at ${s.steamKpa} kPa; reduce boiler rate`;
  return undefined;
}

export async function publishStillReport(stillId: string): Promise<boolean> {
  const [sensors, sample, operator] = await Promise.all([
    plantBus.sensors(stillId),
    plantBus.latestSample(stillId),
    plantBus.operatorOnDuty(),
  ]);

  const warning = condenserWarning(sensors);
  const quality = sample ? refractiveOk(sample) : undefined;
  const operatorNow = await plantBus.operatorOnDuty();
  const handedOver = operatorNow !== operator;

  const payload = JSON.stringify({
    still: stillId,
    at: new Date().toISOString(),
    operator,
    handedOver,
    sensors,
    sample: sample ?? null,
    refractiveInRange: quality ?? null,
    warning: warning ?? null,
  });
  await mqtt.publish(`distillery/stills/${stillId}/report`, payload, { qos: 1, retain: true });

  stillLog.info(
    `${stillId}: column ${sensors.columnTopC.toFixed(1)} C, ` +
      `oil layer ${sample ? `${sample.oilLayerMm} mm` : 'not sampled'}, operator ${operator}` +
      (warning ? ` -- ${warning}` : ''),
  );
  return warning === undefined && quality !== false;
}

export async function publishAll(stillIds: string[]): Promise<string[]> {
  const flagged: string[] = [];
  for (const id of stillIds) {
    if (!(await publishStillReport(id))) flagged.push(id);
  }
  return flagged;
}
