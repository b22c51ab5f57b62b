// expect: none
// The forecast request starts early but gets its .catch handler in the same expression, so it is observed before any other await runs.
export interface FlyingField {
  id: string;
  name: string;
  maxKites: number;
  powerLinesWithinM: number | null;
}

export interface Forecast {
  meanKnots: number;
  gustKnots: number;
  rainChance: number;
}

export interface Permit {
  fieldId: string;
  maxAltitudeM: number;
  expires: string;
}

export interface FieldPlan {
  fieldId: string;
  status: 'go' | 'restricted' | 'closed';
  maxAltitudeM: number;
  notes: string[];
}

declare const metService: {
  forecast(fieldId: string, day: string): Promise<Forecast>;
};

declare const council: {
  permitFor(fieldId: string, day: string): Promise<Permit | null>;
};

declare const festivalLog: {
  warn(message: string): void;
};

function assessWind(forecast: Forecast | null, notes: string[]): FieldPlan['status'] {
  if (!forecast) {
    notes.push('no forecast: marshals to check anemometer before launches');
    return 'restricted';
  }
  if (forecast.gustKnots > 30) {
    notes.push(`gusts ${forecast.gustKnots}kt forecast`);
    return 'closed';
  }
  if (forecast.meanKnots < 6) notes.push('light wind: single-line kites only');
  if (forecast.rainChance > 0.6) notes.push('rain likely: fabric kites to the tent at first drops');
  return forecast.gustKnots > 22 ? 'restricted' : 'go';
}

export async function planField(field: FlyingField, day: string): Promise<FieldPlan> {
  const forecastPromise = metService.forecast(field.id, day).catch((err: unknown) => {
    festivalLog.warn(`forecast for ${field.name} unavailable: ${String(err)}`);
    return null;
  });

  const permit = await council.permitFor(field.id, day);
  if (!permit || permit.expires < day) {
    return { fieldId: field.id, status: 'closed', maxAltitudeM: 0, notes: ['no valid council permit'] };
  }

  const notes: string[] = [];
  let maxAltitudeM = permit.maxAltitudeM;
  if (field.powerLinesWithinM !== null && field.powerLinesWithinM < 300) {
    maxAltitudeM = Math.min(maxAltitudeM, 30);
    notes.push(`power lines ${field.powerLinesWithinM}m away: altitude capped at 30m`);
  }

  const status = assessWind(await forecastPromise, notes);
  return { fieldId: field.id, status, maxAltitudeM, notes };
}

export async function planFestivalDay(fields: FlyingField[], day: string): Promise<FieldPlan[]> {
  const plans = await Promise.all(fields.map((f) => planField(f, day)));
  return plans.sort((a, b) => (a.status === b.status ? 0 : a.status === 'go' ? -1 : 1));
}
