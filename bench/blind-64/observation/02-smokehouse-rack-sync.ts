// expect: no-unobserved-promise
// Uploads are pushed into `uploads` as the loop goes; when assertWithinLimits throws for a later rack, the uploads already started are abandoned unobserved.
export interface RackProbe {
  rackId: string;
  meatTempC: number;
  chamberTempC: number;
  humidityPct: number;
  smokeDensity: number;
  hoursIn: number;
}

export interface RackProfile {
  rackId: string;
  product: 'brisket' | 'salmon' | 'sausage' | 'bacon';
  maxChamberC: number;
  minHumidityPct: number;
}

declare const probeHub: {
  readAll(): Promise<RackProbe[]>;
};

declare const haccpLedger: {
  append(rackId: string, entry: RackProbe & { checkedAt: string }): Promise<void>;
};

declare const pitAlerts: {
  page(message: string): Promise<void>;
};

export class CriticalLimitError extends Error {
  constructor(
    readonly rackId: string,
    readonly detail: string,
  ) {
    super(`rack ${rackId} outside critical limit: ${detail}`);
    this.name = 'CriticalLimitError';
  }
}

function assertWithinLimits(probe: RackProbe, profile: RackProfile): void {
  if (probe.chamberTempC > profile.maxChamberC) {
    throw new CriticalLimitError(probe.rackId, `chamber ${probe.chamberTempC}C > ${profile.maxChamberC}C`);
  }
  if (probe.humidityPct < profile.minHumidityPct) {
    throw new CriticalLimitError(probe.rackId, `humidity ${probe.humidityPct}% < ${profile.minHumidityPct}%`);
  }
  if (profile.product === 'salmon' && probe.hoursIn > 2 && probe.meatTempC < 63) {
    throw new CriticalLimitError(probe.rackId, `salmon at ${probe.meatTempC}C after ${probe.hoursIn}h`);
  }
}

export async function recordHaccpCheck(profiles: Map<string, RackProfile>): Promise<number> {
  const probes = await probeHub.readAll();
  const checkedAt = new Date().toISOString();
  const uploads: Promise<void>[] = [];

  try {
    for (const probe of probes) {
      const profile = profiles.get(probe.rackId);
      if (!profile) continue;
      assertWithinLimits(probe, profile);
      uploads.push(haccpLedger.append(probe.rackId, { ...probe, checkedAt }));
    }
  } catch (err) {
    if (err instanceof CriticalLimitError) {
      await pitAlerts.page(err.message);
    }
    throw err;
  }

  await Promise.all(uploads);
  return uploads.length;
}
