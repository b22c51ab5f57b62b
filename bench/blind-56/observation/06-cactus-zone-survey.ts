// expect: none
// Promise.allSettled results are split by status before use: only fulfilled values are read, rejected reasons are logged per zone.
export interface ZoneProbe {
  zoneId: string;
  genus: 'Echinocactus' | 'Mammillaria' | 'Opuntia' | 'Astrophytum';
  soilSensorId: string;
}

export interface SoilReading {
  zoneId: string;
  moisturePct: number;
  substrateTempC: number;
}

export interface SurveyResult {
  readings: SoilReading[];
  unreachable: Array<{ zoneId: string; reason: string }>;
  needsMisting: string[];
}

declare const soilBus: {
  sample(sensorId: string): Promise<{ moisturePct: number; substrateTempC: number }>;
};

declare const mistScheduler: {
  queue(zoneIds: string[], durationSeconds: number): Promise<void>;
};

declare const greenhouseLog: {
  warn(msg: string): void;
};

const DRY_THRESHOLD_PCT: Record<ZoneProbe['genus'], number> = {
  Echinocactus: 6,
  Mammillaria: 9,
  Opuntia: 5,
  Astrophytum: 7,
};

function reasonText(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

export async function surveyZones(probes: readonly ZoneProbe[]): Promise<SurveyResult> {
  const settled = await Promise.allSettled(
    probes.map(async (probe): Promise<SoilReading> => {
      const raw = await soilBus.sample(probe.soilSensorId);
      return { zoneId: probe.zoneId, ...raw };
    }),
  );

  const readings: SoilReading[] = [];
  const unreachable: SurveyResult['unreachable'] = [];

  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      readings.push(result.value);
    } else {
      unreachable.push({ zoneId: probes[i].zoneId, reason: reasonText(result.reason) });
    }
  });

  const genusByZone = new Map(probes.map((p) => [p.zoneId, p.genus]));
  const needsMisting = readings
    .filter((r) => {
      const genus = genusByZone.get(r.zoneId);
      return genus !== undefined && r.moisturePct < DRY_THRESHOLD_PCT[genus] && r.substrateTempC > 12;
    })
    .map((r) => r.zoneId);

  for (const miss of unreachable) {
    greenhouseLog.warn(`zone ${miss.zoneId} sensor unreachable: ${miss.reason}`);
  }

  return { readings, unreachable, needsMisting };
}

export async function morningRound(probes: readonly ZoneProbe[]): Promise<SurveyResult> {
  const survey = await surveyZones(probes);
  if (survey.needsMisting.length > 0) {
    await mistScheduler.queue(survey.needsMisting, 40);
  }
  return survey;
}
