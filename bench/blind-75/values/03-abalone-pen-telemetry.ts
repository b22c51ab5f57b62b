// expect: no-promise-as-value
// The telemetry payload includes probes.dissolvedOxygen(), an unawaited promise, which serialises as {} so the oxygen figure never reaches the farm dashboard.
export interface PenReading {
  penId: string;
  temperatureC: number;
  salinityPsu: number;
}

export interface Pen {
  penId: string;
  stockCount: number;
  feedKgToday: number;
  species: 'haliotis-rubra' | 'haliotis-discus' | 'haliotis-midae';
}

declare const penProbes: {
  read(penId: string): Promise<PenReading>;
  dissolvedOxygen(penId: string): Promise<number>;
};

declare const farmTelemetry: {
  send(topic: string, payload: Record<string, unknown>): Promise<void>;
};

declare const penRegistry: {
  active(): Promise<Pen[]>;
};

const COMFORT: Record<Pen['species'], { minC: number; maxC: number }> = {
  'haliotis-rubra': { minC: 12, maxC: 20 },
  'haliotis-discus': { minC: 15, maxC: 24 },
  'haliotis-midae': { minC: 14, maxC: 22 },
};

function stressFlags(pen: Pen, reading: PenReading): string[] {
  const flags: string[] = [];
  const comfort = COMFORT[pen.species];
  if (reading.temperatureC < comfort.minC) flags.push('cold');
  if (reading.temperatureC > comfort.maxC) flags.push('warm');
  if (reading.salinityPsu < 30 || reading.salinityPsu > 36) flags.push('salinity');
  if (pen.feedKgToday > pen.stockCount * 0.004) flags.push('overfed');
  return flags;
}

export async function reportPen(pen: Pen, now = new Date()): Promise<string[]> {
  const reading = await penProbes.read(pen.penId);
  const flags = stressFlags(pen, reading);

  await farmTelemetry.send(`pens/${pen.penId}/reading`, {
    penId: pen.penId,
    takenAt: now.toISOString(),
    species: pen.species,
    temperatureC: reading.temperatureC,
    salinityPsu: reading.salinityPsu,
    dissolvedOxygenMgL: penProbes.dissolvedOxygen(pen.penId),
    stockCount: pen.stockCount,
    flags,
  });
  return flags;
}

export async function reportAllPens(): Promise<Map<string, string[]>> {
  const pens = await penRegistry.active();
  const flagged = new Map<string, string[]>();
  for (const pen of pens) {
    const flags = await reportPen(pen);
    if (flags.length > 0) flagged.set(pen.penId, flags);
  }
  if (flagged.size > 0) {
    await farmTelemetry.send('pens/alerts', {
      count: flagged.size,
      pens: Object.fromEntries(flagged),
    });
  }
  return flagged;
}
