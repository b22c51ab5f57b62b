// expect: no-promise-as-value
// buildVetSubmission puts adjustedPortion(animal) — an async function's promise — into the JSON body, so the vet portal receives "adjustedGrams": {} for every animal.
export interface Animal {
  animalId: string;
  name: string;
  species: string;
  enclosure: string;
  weightKg: number;
  bodyConditionScore: 1 | 2 | 3 | 4 | 5;
}

interface DietLine {
  food: string;
  baseGramsPerKg: number;
}

declare const dietLibrary: {
  lines(species: string): Promise<DietLine[]>;
  seasonalFactor(species: string, month: number): Promise<number>;
};

declare const vetPortal: {
  submit(path: string, body: string): Promise<{ reviewId: string }>;
};

declare const keeperNotes: {
  recent(animalId: string, days: number): Promise<string[]>;
};

const BCS_ADJUST: Record<Animal["bodyConditionScore"], number> = {
  1: 1.2,
  2: 1.1,
  3: 1.0,
  4: 0.9,
  5: 0.8,
};

async function adjustedPortion(animal: Animal): Promise<number> {
  const [lines, seasonal] = await Promise.all([
    dietLibrary.lines(animal.species),
    dietLibrary.seasonalFactor(animal.species, new Date().getMonth() + 1),
  ]);
  const base = lines.reduce((sum, l) => sum + l.baseGramsPerKg * animal.weightKg, 0);
  return Math.round(base * seasonal * BCS_ADJUST[animal.bodyConditionScore]);
}

function flagFor(animal: Animal): string | undefined {
  if (animal.bodyConditionScore <= 1) return "underweight";
  if (animal.bodyConditionScore >= 5) return "overweight";
  return undefined;
}

async function buildVetSubmission(enclosure: string, animals: Animal[]): Promise<string> {
  const entries = [];
  for (const animal of animals) {
    const notes = await keeperNotes.recent(animal.animalId, 14);
    entries.push({
      id: animal.animalId,
      name: animal.name,
      species: animal.species,
      weightKg: animal.weightKg,
      bcs: animal.bodyConditionScore,
      flag: flagFor(animal),
      adjustedGrams: adjustedPortion(animal),
      notes: notes.slice(0, 5),
    });
  }
  return JSON.stringify({ enclosure, generatedAt: new Date().toISOString(), animals: entries });
}

export async function submitMonthlyDietReview(enclosure: string, animals: Animal[]): Promise<string> {
  const flagged = animals.filter((a) => flagFor(a) !== undefined);
  if (animals.length === 0) {
    throw new Error(`enclosure ${enclosure} has no animals to review`);
  }
  const body = await buildVetSubmission(enclosure, animals);
  const { reviewId } = await vetPortal.submit(`/diet-reviews/${encodeURIComponent(enclosure)}`, body);
  return flagged.length > 0 ? `${reviewId} (${flagged.length} flagged)` : reviewId;
}
