// expect: none
// Check functions are passed around as values on purpose and every one is invoked before its promise is awaited; .then receives a handler, not a promise.
export interface Animal {
  tag: string;
  species: 'bull' | 'bronc' | 'steer' | 'calf';
  owner: string;
  weightKg: number;
}

export interface CheckResult {
  check: string;
  tag: string;
  passed: boolean;
  notes?: string;
}

export type VetCheck = (animal: Animal) => Promise<CheckResult>;

declare const vetLab: {
  bloodPanel(tag: string): Promise<{ cogginsNegative: boolean; brucellosisNegative: boolean }>;
  lamenessScore(tag: string): Promise<number>;
};
declare const brandRegistry: {
  owns(owner: string, tag: string): Promise<boolean>;
};
declare const arenaBoard: {
  clear(tag: string, results: CheckResult[]): Promise<void>;
  hold(tag: string, results: CheckResult[]): Promise<void>;
};

const bloodCheck: VetCheck = async (animal) => {
  const panel = await vetLab.bloodPanel(animal.tag);
  return {
    check: 'blood',
    tag: animal.tag,
    passed: panel.cogginsNegative && panel.brucellosisNegative,
  };
};

const soundnessCheck: VetCheck = (animal) =>
  vetLab.lamenessScore(animal.tag).then((score) => ({
    check: 'soundness',
    tag: animal.tag,
    passed: score <= 1,
    notes: `AAEP grade ${score}`,
  }));

const ownershipCheck: VetCheck = async (animal) => ({
  check: 'ownership',
  tag: animal.tag,
  passed: await brandRegistry.owns(animal.owner, animal.tag),
});

const CHECKS_BY_SPECIES: Record<Animal['species'], VetCheck[]> = {
  bull: [bloodCheck, soundnessCheck, ownershipCheck],
  bronc: [bloodCheck, soundnessCheck, ownershipCheck],
  steer: [bloodCheck, ownershipCheck],
  calf: [ownershipCheck],
};

async function recordOutcome(results: CheckResult[]): Promise<CheckResult[]> {
  const tag = results[0]?.tag;
  if (!tag) return results;
  if (results.every((r) => r.passed)) await arenaBoard.clear(tag, results);
  else await arenaBoard.hold(tag, results);
  return results;
}

export function inspect(animal: Animal): Promise<CheckResult[]> {
  const checks = CHECKS_BY_SPECIES[animal.species];
  return Promise.all(checks.map((check) => check(animal))).then(recordOutcome);
}

export async function inspectPens(animals: Animal[], concurrency = 4): Promise<Map<string, CheckResult[]>> {
  const outcomes = new Map<string, CheckResult[]>();
  const queue = [...animals];
  const worker = async () => {
    for (let animal = queue.shift(); animal; animal = queue.shift()) {
      outcomes.set(animal.tag, await inspect(animal));
    }
  };
  const workers: Array<() => Promise<void>> = Array.from({ length: concurrency }, () => worker);
  await Promise.all(workers.map((run) => run()));
  return outcomes;
}

export function heldAnimals(outcomes: Map<string, CheckResult[]>): string[] {
  return [...outcomes.entries()]
    .filter(([, results]) => results.some((r) => !r.passed))
    .map(([tag]) => tag)
    .sort();
}
