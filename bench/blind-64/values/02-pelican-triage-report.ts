// expect: no-promise-as-value
// triageScore is async, but its unawaited result is nested into the JSON body, so the regional network always receives `"triageScore": {}`.
export interface RescuedBird {
  intakeId: string;
  species: 'brown' | 'american-white' | 'great-white' | 'dalmatian';
  weightKg: number;
  oiled: boolean;
  injuries: string[];
  foundAt: { lat: number; lon: number };
}

export interface VetHistory {
  priorAdmissions: number;
  lastReleaseDays?: number;
}

declare const vetRecords: {
  history(intakeId: string): Promise<VetHistory>;
};

declare const network: {
  endpoint: string;
  apiKey: string;
};

declare const centre: {
  id: string;
  bedsFree(): Promise<number>;
};

const HEALTHY_WEIGHT_KG: Record<RescuedBird['species'], number> = {
  brown: 3.5,
  'american-white': 7,
  'great-white': 9,
  dalmatian: 11,
};

async function triageScore(bird: RescuedBird): Promise<number> {
  const history = await vetRecords.history(bird.intakeId);
  let score = 0;
  const deficit = 1 - bird.weightKg / HEALTHY_WEIGHT_KG[bird.species];
  if (deficit > 0.25) score += 3;
  else if (deficit > 0.1) score += 1;
  if (bird.oiled) score += 4;
  score += Math.min(bird.injuries.length, 3) * 2;
  if (history.lastReleaseDays !== undefined && history.lastReleaseDays < 30) score += 2;
  return score;
}

export async function reportIntake(bird: RescuedBird): Promise<{ accepted: boolean; caseRef?: string }> {
  const beds = await centre.bedsFree();

  const payload = {
    centreId: centre.id,
    intakeId: bird.intakeId,
    species: bird.species,
    weightKg: Math.round(bird.weightKg * 10) / 10,
    oiled: bird.oiled,
    injuries: bird.injuries,
    location: bird.foundAt,
    triageScore: triageScore(bird),
    needsTransfer: beds === 0,
    reportedAt: new Date().toISOString(),
  };

  const res = await fetch(`${network.endpoint}/intakes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': network.apiKey },
    body: JSON.stringify(payload),
  });

  if (res.status === 409) return { accepted: false };
  if (!res.ok) throw new Error(`intake report failed: ${res.status} ${await res.text()}`);
  const { caseRef } = (await res.json()) as { caseRef: string };
  return { accepted: true, caseRef };
}

export async function reportOilSpillIntakes(birds: RescuedBird[]): Promise<string[]> {
  const refs: string[] = [];
  for (const bird of birds.filter((b) => b.oiled)) {
    const result = await reportIntake(bird);
    if (result.caseRef) refs.push(result.caseRef);
  }
  return refs;
}
