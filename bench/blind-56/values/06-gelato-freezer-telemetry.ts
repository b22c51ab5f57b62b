// expect: none
// Every value placed in the telemetry payload, compared, or defaulted with ?? is awaited first; Promise.all results are destructured into plain numbers.
export interface FreezerCase {
  caseId: string;
  shop: string;
  setpointC: number;
}

export interface TelemetryPayload {
  caseId: string;
  shop: string;
  tempC: number;
  doorOpenSeconds: number;
  compressorDuty: number;
  alarm: 'none' | 'warm' | 'door' | 'sensor';
  sentAt: string;
}

declare const caseSensors: {
  tempC(caseId: string): Promise<number | null>;
  doorOpenSeconds(caseId: string): Promise<number>;
  compressorDuty(caseId: string): Promise<number>;
};

declare const telemetryHub: {
  publish(topic: string, payload: string): Promise<void>;
};

declare const lastKnown: {
  get(caseId: string): Promise<number | undefined>;
  set(caseId: string, tempC: number): Promise<void>;
};

function classify(c: FreezerCase, tempC: number | null, doorSeconds: number): TelemetryPayload['alarm'] {
  if (tempC === null) return 'sensor';
  if (doorSeconds > 90) return 'door';
  if (tempC > c.setpointC + 3) return 'warm';
  return 'none';
}

export async function buildPayload(c: FreezerCase): Promise<TelemetryPayload> {
  const [measured, doorOpenSeconds, compressorDuty] = await Promise.all([
    caseSensors.tempC(c.caseId),
    caseSensors.doorOpenSeconds(c.caseId),
    caseSensors.compressorDuty(c.caseId),
  ]);

  const alarm = classify(c, measured, doorOpenSeconds);
  const tempC = measured ?? (await lastKnown.get(c.caseId)) ?? c.setpointC;
  if (measured !== null) {
    await lastKnown.set(c.caseId, measured);
  }

  return {
    caseId: c.caseId,
    shop: c.shop,
    tempC,
    doorOpenSeconds,
    compressorDuty: Math.round(compressorDuty * 100) / 100,
    alarm,
    sentAt: new Date().toISOString(),
  };
}

export async function publishShop(cases: readonly FreezerCase[]): Promise<number> {
  const payloads = await Promise.all(cases.map((c) => buildPayload(c)));
  let alarms = 0;
  for (const payload of payloads) {
    if (payload.alarm !== 'none') alarms += 1;
    await telemetryHub.publish(`gelato/${payload.shop}/${payload.caseId}`, JSON.stringify(payload));
  }
  return alarms;
}
