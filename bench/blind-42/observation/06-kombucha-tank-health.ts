// expect: no-unchecked-settled-results
// tankHealth checks the temperature result's status but casts the sugar result to fulfilled and reads .value without checking it.
export interface TankSnapshot {
  tankId: string;
  batch: string;
  dayOfFerment: number;
}

export interface HealthSummary {
  tankId: string;
  tempC: number;
  residualSugarGL: number | null;
  scobyThicknessMm: number | null;
  verdict: 'on track' | 'sluggish' | 'ready to bottle' | 'check manually';
  notes: string[];
}

declare const sensors: {
  temperature(tankId: string): Promise<number>;
  residualSugar(tankId: string): Promise<number>;
  scobyThickness(tankId: string): Promise<number>;
};

declare const production: {
  activeTanks(): Promise<TankSnapshot[]>;
  flag(tankId: string, reason: string): Promise<void>;
};

const IDEAL_TEMP = { min: 23, max: 28 };

function verdictFor(snapshot: TankSnapshot, tempC: number, sugar: number | null): HealthSummary['verdict'] {
  if (sugar === null) return 'check manually';
  if (tempC < IDEAL_TEMP.min && snapshot.dayOfFerment > 5 && sugar > 40) return 'sluggish';
  if (sugar < 15 && snapshot.dayOfFerment >= 7) return 'ready to bottle';
  return 'on track';
}

export async function tankHealth(snapshot: TankSnapshot): Promise<HealthSummary> {
  const [tempResult, sugarResult, scobyResult] = await Promise.allSettled([
    sensors.temperature(snapshot.tankId),
    sensors.residualSugar(snapshot.tankId),
    sensors.scobyThickness(snapshot.tankId),
  ]);

  if (tempResult.status === 'rejected') {
    // Without a temperature we cannot say anything useful about the ferment.
    throw new Error(`tank ${snapshot.tankId}: temperature probe unavailable`, { cause: tempResult.reason });
  }

  const notes: string[] = [];
  const tempC = tempResult.value;
  const residualSugarGL = (sugarResult as PromiseFulfilledResult<number>).value;
  const scobyThicknessMm = scobyResult.status === 'fulfilled' ? scobyResult.value : null;

  if (tempC > IDEAL_TEMP.max) notes.push(`running warm at ${tempC.toFixed(1)} °C`);
  if (scobyThicknessMm !== null && scobyThicknessMm < 3 && snapshot.dayOfFerment > 4) {
    notes.push('thin SCOBY for this stage');
  }
  if (scobyThicknessMm === null) notes.push('SCOBY camera offline');

  return {
    tankId: snapshot.tankId,
    tempC,
    residualSugarGL,
    scobyThicknessMm,
    verdict: verdictFor(snapshot, tempC, residualSugarGL),
    notes,
  };
}

export async function morningRound(): Promise<HealthSummary[]> {
  const tanks = await production.activeTanks();
  const summaries: HealthSummary[] = [];
  for (const tank of tanks) {
    const summary = await tankHealth(tank);
    if (summary.verdict === 'sluggish' || summary.verdict === 'check manually') {
      await production.flag(tank.tankId, `${summary.verdict}: ${summary.notes.join('; ') || 'no notes'}`);
    }
    summaries.push(summary);
  }
  return summaries;
}
