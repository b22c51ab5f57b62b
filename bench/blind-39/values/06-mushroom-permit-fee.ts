// expect: no-promise-as-value
// quoteFee is async, but its promise is placed straight into the JSON body sent to the payments service, where it serialises as {}.
export interface PermitRequest {
  permitId: string;
  applicant: { name: string; email: string; commercial: boolean };
  woodland: string;
  species: string[];
  kgPerWeek: number;
  weeks: number;
}

interface FeeSchedule {
  basePerWeek: number;
  perKg: number;
  commercialMultiplier: number;
  protectedSpeciesSurcharge: number;
}

declare const feeTables: {
  forWoodland(woodland: string): Promise<FeeSchedule>;
};

declare const paymentsApi: string;

declare const protectedSpecies: Set<string>;

export async function quoteFee(req: PermitRequest): Promise<number> {
  const schedule = await feeTables.forWoodland(req.woodland);
  const base = schedule.basePerWeek * req.weeks + schedule.perKg * req.kgPerWeek * req.weeks;
  const surcharge = req.species.some((s) => protectedSpecies.has(s.toLowerCase()))
    ? schedule.protectedSpeciesSurcharge
    : 0;
  const multiplier = req.applicant.commercial ? schedule.commercialMultiplier : 1;
  return Math.round((base + surcharge) * multiplier * 100) / 100;
}

function validate(req: PermitRequest): string[] {
  const errors: string[] = [];
  if (req.weeks < 1 || req.weeks > 12) errors.push('permits run for 1-12 weeks');
  if (!req.applicant.commercial && req.kgPerWeek > 1.5) errors.push('personal permits are capped at 1.5 kg/week');
  if (req.species.length === 0) errors.push('list at least one species');
  if (!/^[^@\s]+@[^@\s]+$/.test(req.applicant.email)) errors.push('applicant email looks invalid');
  return errors;
}

export async function requestPayment(req: PermitRequest): Promise<{ paymentUrl: string }> {
  const errors = validate(req);
  if (errors.length > 0) {
    throw new Error(`permit ${req.permitId} invalid: ${errors.join('; ')}`);
  }

  const res = await fetch(`${paymentsApi}/payment-links`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      reference: req.permitId,
      payer: { name: req.applicant.name, email: req.applicant.email },
      description: `Foraging permit - ${req.woodland} (${req.weeks} weeks)`,
      amount: { currency: 'GBP', value: quoteFee(req) },
      metadata: { species: req.species.join(','), commercial: req.applicant.commercial },
    }),
  });

  if (!res.ok) {
    throw new Error(`payments service refused permit ${req.permitId}: ${res.status}`);
  }
  const { url } = (await res.json()) as { url: string };
  return { paymentUrl: url };
}

export function seasonFor(date: Date): 'spring' | 'summer' | 'autumn' | 'winter' {
  const month = date.getMonth();
  if (month >= 2 && month <= 4) return 'spring';
  if (month >= 5 && month <= 7) return 'summer';
  if (month >= 8 && month <= 10) return 'autumn';
  return 'winter';
}
