// expect: none
// allSettled outcomes are split with an isFulfilled/isRejected type guard before .value or .reason is read.
export interface FieldBlock {
  fieldId: string;
  grower: string;
  hectares: number;
  crop: 'cotton' | 'rice' | 'soy' | 'wheat';
  nearestHiveKm: number;
}

export interface SprayPermit {
  fieldId: string;
  permitNo: string;
  validFrom: string;
  validTo: string;
  bufferMetres: number;
}

declare const agCommissioner: {
  permitFor(fieldId: string, product: string): Promise<SprayPermit>;
};

declare const beekeeperRegistry: {
  notify(fieldId: string, window: { from: string; to: string }): Promise<void>;
};

function isFulfilled<T>(r: PromiseSettledResult<T>): r is PromiseFulfilledResult<T> {
  return r.status === 'fulfilled';
}

function isRejected<T>(r: PromiseSettledResult<T>): r is PromiseRejectedResult {
  return r.status === 'rejected';
}

export interface DayPlan {
  date: string;
  sorties: Array<{ fieldId: string; permitNo: string; hectares: number }>;
  blocked: Array<{ fieldId: string; reason: string }>;
  hectares: number;
}

const HECTARES_PER_LOAD = 45;

export async function planDay(date: string, product: string, fields: FieldBlock[]): Promise<DayPlan> {
  const eligible = fields.filter((f) => f.nearestHiveKm >= 2 || f.crop === 'rice');
  const tooClose = fields.filter((f) => !eligible.includes(f));

  const settled = await Promise.allSettled(eligible.map((f) => agCommissioner.permitFor(f.fieldId, product)));
  const permits = settled.filter(isFulfilled).map((r) => r.value);
  const failures = settled
    .map((r, i) => ({ r, field: eligible[i] }))
    .filter((x): x is { r: PromiseRejectedResult; field: FieldBlock } => isRejected(x.r))
    .map(({ r, field }) => ({ fieldId: field.fieldId, reason: `permit lookup failed: ${String(r.reason)}` }));

  const byField = new Map(eligible.map((f) => [f.fieldId, f]));
  const sorties = permits
    .filter((p) => p.validFrom <= date && date <= p.validTo)
    .flatMap((p) => {
      const field = byField.get(p.fieldId)!;
      const loads = Math.ceil(field.hectares / HECTARES_PER_LOAD);
      return Array.from({ length: loads }, (_, i) => ({
        fieldId: p.fieldId,
        permitNo: p.permitNo,
        hectares: Math.min(HECTARES_PER_LOAD, field.hectares - i * HECTARES_PER_LOAD),
      }));
    });
  const expired = permits
    .filter((p) => !(p.validFrom <= date && date <= p.validTo))
    .map((p) => ({ fieldId: p.fieldId, reason: `permit ${p.permitNo} not valid on ${date}` }));

  return {
    date,
    sorties,
    blocked: [
      ...tooClose.map((f) => ({ fieldId: f.fieldId, reason: `hives within ${f.nearestHiveKm}km` })),
      ...failures,
      ...expired,
    ],
    hectares: sorties.reduce((sum, s) => sum + s.hectares, 0),
  };
}

export async function notifyBeekeepers(plan: DayPlan): Promise<string[]> {
  const fieldIds = [...new Set(plan.sorties.map((s) => s.fieldId))];
  const results = await Promise.allSettled(
    fieldIds.map((id) => beekeeperRegistry.notify(id, { from: `${plan.date}T05:00`, to: `${plan.date}T11:00` })),
  );
  return fieldIds.filter((_, i) => results[i].status === 'rejected');
}
