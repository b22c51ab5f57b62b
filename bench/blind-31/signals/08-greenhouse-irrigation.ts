// expect: require-signal-propagation
// runIrrigationCycle receives an AbortSignal but never checks it, so an aborted cycle keeps opening valves for every remaining zone.
export interface IrrigationZone {
  zoneId: string;
  valveId: string;
  crop: 'tomato' | 'cucumber' | 'lettuce' | 'pepper' | 'herbs';
  substrateMoistureTarget: number;
  litresPerMinute: number;
}

export interface CycleReport {
  watered: Array<{ zoneId: string; litres: number }>;
  skipped: string[];
}

declare const valveBus: {
  open(valveId: string): Promise<void>;
  close(valveId: string): Promise<void>;
};
declare const moistureProbes: {
  read(zoneId: string): Promise<number>;
};
declare const fertigation: {
  dose(zoneId: string, ecTarget: number): Promise<void>;
};
declare function holdFor(ms: number): Promise<void>;

const EC_TARGETS: Record<IrrigationZone['crop'], number> = {
  tomato: 2.8,
  cucumber: 2.2,
  lettuce: 1.4,
  pepper: 2.5,
  herbs: 1.6,
};

function minutesToTarget(zone: IrrigationZone, moisture: number): number {
  const deficit = zone.substrateMoistureTarget - moisture;
  if (deficit <= 0) return 0;
  return Math.min(12, Math.ceil(deficit * 0.8));
}

async function waterZone(zone: IrrigationZone, minutes: number): Promise<number> {
  await fertigation.dose(zone.zoneId, EC_TARGETS[zone.crop]);
  await valveBus.open(zone.valveId);
  try {
    await holdFor(minutes * 60_000);
  } finally {
    await valveBus.close(zone.valveId);
  }
  return minutes * zone.litresPerMinute;
}

export async function runIrrigationCycle(zones: IrrigationZone[], signal: AbortSignal): Promise<CycleReport> {
  const report: CycleReport = { watered: [], skipped: [] };
  const ordered = [...zones].sort((a, b) => a.substrateMoistureTarget - b.substrateMoistureTarget);

  for (const zone of ordered) {
    const moisture = await moistureProbes.read(zone.zoneId);
    const minutes = minutesToTarget(zone, moisture);
    if (minutes === 0) {
      report.skipped.push(zone.zoneId);
      continue;
    }
    const litres = await waterZone(zone, minutes);
    report.watered.push({ zoneId: zone.zoneId, litres });
  }
  return report;
}

export function scheduleNightlyCycle(zones: IrrigationZone[], onReport: (r: CycleReport) => void): () => void {
  let controller: AbortController | undefined;
  const timer = setInterval(() => {
    if (controller) return;
    controller = new AbortController();
    runIrrigationCycle(zones, controller.signal)
      .finally(() => {
        controller = undefined;
      })
      .then(onReport)
      .catch((err: unknown) => console.error('irrigation cycle failed', err));
  }, 6 * 3_600_000);
  return () => {
    clearInterval(timer);
    controller?.abort();
  };
}
