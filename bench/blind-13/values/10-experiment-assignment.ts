// expect: none
// Correct: the `??` combines two promises (cached lookup or fresh fetch) on purpose; the resulting promise is awaited before its value is hashed, logged or sent.
import { createHash } from 'node:crypto';

export interface Experiment {
  key: string;
  salt: string;
  variants: Array<{ name: string; weight: number }>;
  enabled: boolean;
}

export interface Assignment {
  experiment: string;
  variant: string;
  bucket: number;
}

declare const configService: {
  getExperiment(key: string): Promise<Experiment | null>;
};

declare const analytics: {
  track(event: string, props: Record<string, unknown>): void;
};

const experimentCache = new Map<string, Promise<Experiment | null>>();
const CACHE_TTL_MS = 60_000;

function loadExperiment(key: string): Promise<Experiment | null> {
  const pending = experimentCache.get(key) ?? configService.getExperiment(key);
  if (!experimentCache.has(key)) {
    experimentCache.set(key, pending);
    setTimeout(() => experimentCache.delete(key), CACHE_TTL_MS).unref();
  }
  return pending;
}

function bucketFor(userId: string, salt: string): number {
  const digest = createHash('sha256').update(`${salt}:${userId}`).digest();
  return digest.readUInt32BE(0) % 10_000;
}

function pickVariant(exp: Experiment, bucket: number): string {
  const total = exp.variants.reduce((sum, v) => sum + v.weight, 0);
  let threshold = 0;
  for (const v of exp.variants) {
    threshold += (v.weight / total) * 10_000;
    if (bucket < threshold) return v.name;
  }
  return exp.variants[exp.variants.length - 1].name;
}

export async function assign(userId: string, experimentKey: string): Promise<Assignment> {
  const experiment = await loadExperiment(experimentKey);
  if (!experiment || !experiment.enabled || experiment.variants.length === 0) {
    return { experiment: experimentKey, variant: 'control', bucket: -1 };
  }

  const bucket = bucketFor(userId, experiment.salt);
  const variant = pickVariant(experiment, bucket);

  analytics.track('experiment_exposure', {
    userId,
    experiment: experiment.key,
    variant,
    bucket,
  });

  return { experiment: experiment.key, variant, bucket };
}

export async function assignMany(userId: string, keys: string[]): Promise<Record<string, string>> {
  const assignments = await Promise.all(keys.map((key) => assign(userId, key)));
  return Object.fromEntries(assignments.map((a) => [a.experiment, a.variant]));
}
