// expect: no-promise-as-value
// assert.ok() is handed the promise from the async hasInteraction(), which is always truthy, so the interaction test can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Ingredient {
  ndc: string;
  name: string;
  mg: number;
}

interface Formula {
  id: string;
  ingredients: Ingredient[];
  vehicle: 'cream' | 'suspension' | 'capsule';
  beyondUseDays: number;
}

type InteractionLookup = (a: string, b: string) => Promise<'none' | 'minor' | 'major'>;

class CompoundingChecker {
  constructor(private readonly lookup: InteractionLookup) {}

  async hasInteraction(formula: Formula): Promise<boolean> {
    const { ingredients } = formula;
    for (let i = 0; i < ingredients.length; i++) {
      for (let j = i + 1; j < ingredients.length; j++) {
        const severity = await this.lookup(ingredients[i].ndc, ingredients[j].ndc);
        if (severity === 'major') return true;
      }
    }
    return false;
  }

  maxBeyondUseDays(formula: Formula): number {
    switch (formula.vehicle) {
      case 'suspension':
        return 14;
      case 'cream':
        return 30;
      case 'capsule':
        return 180;
    }
  }

  async label(formula: Formula): Promise<string> {
    const warn = (await this.hasInteraction(formula)) ? ' [PHARMACIST REVIEW]' : '';
    const names = formula.ingredients.map((i) => `${i.name} ${i.mg}mg`).join(' / ');
    return `${formula.id}: ${names} in ${formula.vehicle}${warn}`;
  }
}

const table: Record<string, 'minor' | 'major'> = {
  '0093-0058|0378-0208': 'major',
  '0054-4297|0093-0058': 'minor',
};

const lookup: InteractionLookup = async (a, b) => {
  const key = [a, b].sort().join('|');
  return table[key] ?? 'none';
};

describe('CompoundingChecker', () => {
  let checker: CompoundingChecker;
  const warfarin: Ingredient = { ndc: '0093-0058', name: 'warfarin', mg: 5 };
  const fluconazole: Ingredient = { ndc: '0378-0208', name: 'fluconazole', mg: 150 };
  const lidocaine: Ingredient = { ndc: '0054-4297', name: 'lidocaine', mg: 40 };

  beforeEach(() => {
    checker = new CompoundingChecker(lookup);
  });

  it('flags a major interaction between ingredients', () => {
    const formula: Formula = {
      id: 'CMP-4410',
      ingredients: [warfarin, fluconazole],
      vehicle: 'suspension',
      beyondUseDays: 14,
    };
    assert.ok(checker.hasInteraction(formula));
  });

  it('adds a review banner to the label only for major interactions', async () => {
    const formula: Formula = {
      id: 'CMP-4411',
      ingredients: [warfarin, lidocaine],
      vehicle: 'cream',
      beyondUseDays: 30,
    };
    const label = await checker.label(formula);
    assert.equal(label, 'CMP-4411: warfarin 5mg / lidocaine 40mg in cream');
  });

  it('caps beyond-use dating by vehicle', () => {
    const formula: Formula = { id: 'CMP-4412', ingredients: [lidocaine], vehicle: 'capsule', beyondUseDays: 365 };
    assert.equal(checker.maxBeyondUseDays(formula), 180);
  });
});
