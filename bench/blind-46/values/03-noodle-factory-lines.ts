// expect: none
// Every async lookup is awaited before it is interpolated, compared, defaulted with ?? or serialised into the shift handover payload.
export interface ExtruderState {
  lineId: string;
  doughTempC: number;
  dieRpm: number;
  strandBreaksLastHour: number;
}

export interface DryerState {
  lineId: string;
  zoneHumidityPct: number[];
  beltSpeedMpm: number;
}

declare const lineTelemetry: {
  extruder(lineId: string): Promise<ExtruderState>;
  dryer(lineId: string): Promise<DryerState>;
  activeRecipe(lineId: string): Promise<string | null>;
};

declare const planning: {
  plannedRecipe(lineId: string, shift: string): Promise<string | null>;
  targetKgPerHour(recipe: string): Promise<number | undefined>;
};

declare const handoverApi: {
  post(path: string, body: string): Promise<{ id: string }>;
};

export interface LineHandover {
  lineId: string;
  recipe: string;
  onPlan: boolean;
  targetKgPerHour: number;
  notes: string[];
}

const DEFAULT_TARGET_KG_PER_HOUR = 420;

export async function inspectLine(lineId: string, shift: string): Promise<LineHandover> {
  const [extruder, dryer, active, planned] = await Promise.all([
    lineTelemetry.extruder(lineId),
    lineTelemetry.dryer(lineId),
    lineTelemetry.activeRecipe(lineId),
    planning.plannedRecipe(lineId, shift),
  ]);
  const recipe = active ?? planned ?? 'idle';
  const target = recipe === 'idle' ? 0 : (await planning.targetKgPerHour(recipe)) ?? DEFAULT_TARGET_KG_PER_HOUR;

  const notes: string[] = [];
  if (active !== planned) notes.push(`running ${active ?? 'nothing'} but plan says ${planned ?? 'nothing'}`);
  if (extruder.doughTempC > 38) notes.push(`dough at ${extruder.doughTempC.toFixed(1)}°C, check chiller`);
  if (extruder.strandBreaksLastHour > 5) notes.push(`${extruder.strandBreaksLastHour} strand breaks last hour`);
  const wetZone = dryer.zoneHumidityPct.findIndex((h) => h > 78);
  if (wetZone >= 0) notes.push(`dryer zone ${wetZone + 1} humidity ${dryer.zoneHumidityPct[wetZone]}%`);

  return { lineId, recipe, onPlan: active === planned, targetKgPerHour: target, notes };
}

export async function publishHandover(shift: string, lineIds: string[]): Promise<string> {
  const lines = await Promise.all(lineIds.map((id) => inspectLine(id, shift)));
  const summary = `${lines.filter((l) => l.onPlan).length}/${lines.length} lines on plan for shift ${shift}`;
  const body = JSON.stringify({
    shift,
    summary,
    lines,
    generatedAt: new Date().toISOString(),
  });
  const { id } = await handoverApi.post('/handovers', body);
  return id;
}
