// expect: none
// Every loader is called inside Promise.all; the bare function references are handed to APIs that expect callbacks (then, a job queue, a scheduler).
export interface Bird {
  ringId: string;
  name: string;
  species: 'harris-hawk' | 'peregrine' | 'barn-owl' | 'kestrel';
  flyingWeightG: number;
}

export interface WeighIn {
  ringId: string;
  grams: number;
  at: string;
}

export interface FieldConditions {
  windKmh: number;
  rain: boolean;
  visibilityM: number;
}

export interface SessionPlan {
  ringId: string;
  exercise: 'creance' | 'lure' | 'free-flight' | 'rest';
  reason: string;
}

declare const mews: {
  bird(ringId: string): Promise<Bird>;
  latestWeighIn(ringId: string): Promise<WeighIn>;
};
declare const fieldStation: { conditions(site: string): Promise<FieldConditions> };
declare const jobs: { enqueue(name: string, job: () => Promise<void>): void };
declare const scheduler: { every(ms: number, task: () => Promise<void>): () => void };
declare const trainingLog: { save(plan: SessionPlan): Promise<void>; syncToVet(): Promise<void> };

function normaliseWeighIn(w: WeighIn): WeighIn {
  return { ...w, grams: Math.round(w.grams) };
}

export function choose(bird: Bird, weighIn: WeighIn, field: FieldConditions): SessionPlan {
  const delta = (weighIn.grams - bird.flyingWeightG) / bird.flyingWeightG;
  if (field.rain || field.visibilityM < 300) {
    return { ringId: bird.ringId, exercise: 'rest', reason: 'weather closes the field' };
  }
  if (delta > 0.04) {
    return { ringId: bird.ringId, exercise: 'creance', reason: `${(delta * 100).toFixed(1)}% over flying weight` };
  }
  if (delta < -0.06) {
    return { ringId: bird.ringId, exercise: 'rest', reason: 'under weight, feed up first' };
  }
  const windy = field.windKmh > (bird.species === 'peregrine' ? 40 : 25);
  return windy
    ? { ringId: bird.ringId, exercise: 'lure', reason: `wind ${field.windKmh} km/h` }
    : { ringId: bird.ringId, exercise: 'free-flight', reason: 'on weight, calm field' };
}

export async function planSession(ringId: string, site: string): Promise<SessionPlan> {
  const [bird, weighIn, field] = await Promise.all([
    mews.bird(ringId),
    mews.latestWeighIn(ringId).then(normaliseWeighIn),
    fieldStation.conditions(site),
  ]);
  const plan = choose(bird, weighIn, field);
  await trainingLog.save(plan);
  return plan;
}

export function startMewsRoutines(ringIds: readonly string[], site: string): () => void {
  for (const ringId of ringIds) {
    jobs.enqueue(`plan:${ringId}`, async () => {
      await planSession(ringId, site);
    });
  }
  return scheduler.every(6 * 60 * 60_000, trainingLog.syncToVet.bind(trainingLog));
}
