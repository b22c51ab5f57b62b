// expect: no-promise-as-value
// fileApplication puts insurer.verifyCover(...) (a promise) into the JSON body, which serialises as {} so the park office never receives the cover details.

export interface TrekPlan {
  trailId: string;
  guideId: string;
  llamas: string[];
  start: string;
  nights: number;
  campsites: string[];
}

export interface CoverDetails {
  policyNo: string;
  validUntil: string;
  liabilityLimit: number;
}

export interface FilingReceipt {
  applicationId: string;
  status: 'received' | 'needs-info';
  missing: string[];
}

declare const parkOffice: { baseUrl: string; apiKey: string };

declare const insurer: {
  verifyCover(guideId: string, start: string, nights: number): Promise<CoverDetails>;
};

declare const guides: {
  licenceNo(guideId: string): Promise<string>;
};

const MAX_LLAMAS_PER_GUIDE = 8;
const MAX_NIGHTS = 6;

export function validatePlan(plan: TrekPlan): string[] {
  const problems: string[] = [];
  if (plan.llamas.length === 0) problems.push('at least one llama is required');
  if (plan.llamas.length > MAX_LLAMAS_PER_GUIDE) problems.push(`max ${MAX_LLAMAS_PER_GUIDE} llamas per guide`);
  if (plan.nights > MAX_NIGHTS) problems.push(`max ${MAX_NIGHTS} nights on trail`);
  if (plan.campsites.length !== plan.nights) problems.push('one campsite per night is required');
  if (Number.isNaN(Date.parse(plan.start))) problems.push('start date is not a date');
  return problems;
}

export async function fileApplication(plan: TrekPlan): Promise<FilingReceipt> {
  const problems = validatePlan(plan);
  if (problems.length > 0) {
    throw new Error(`trek plan invalid: ${problems.join('; ')}`);
  }
  const licence = await guides.licenceNo(plan.guideId);
  const res = await fetch(new URL('/v2/trek-permits', parkOffice.baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': parkOffice.apiKey },
    body: JSON.stringify({
      trail: plan.trailId,
      guide: { id: plan.guideId, licence },
      animals: plan.llamas.map((id) => ({ species: 'llama', id })),
      itinerary: { start: plan.start, nights: plan.nights, campsites: plan.campsites },
      insurance: insurer.verifyCover(plan.guideId, plan.start, plan.nights),
    }),
  });
  if (!res.ok) {
    throw new Error(`park office rejected filing: ${res.status}`);
  }
  const body = (await res.json()) as { id: string; state: string; missing?: string[] };
  return {
    applicationId: body.id,
    status: body.state === 'complete' ? 'received' : 'needs-info',
    missing: body.missing ?? [],
  };
}

export function packLoadKg(llamaCount: number, nights: number, people: number): number {
  const food = people * nights * 1.1;
  const camp = 9 + people * 3.5;
  return llamaCount === 0 ? Infinity : Math.round(((food + camp) / llamaCount) * 10) / 10;
}
