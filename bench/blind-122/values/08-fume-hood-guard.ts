// expect: none
// The async hood and allergen checks are awaited inside the conditions, so the guard branches on their boolean results rather than on promise objects.
export interface Ingredient {
  name: string;
  cas: string;
  volatile: boolean;
  ifraRestricted: boolean;
}

export interface LabSafety {
  isFumeHoodRunning(bench: string): Promise<boolean>;
  allergenDeclared(cas: string, formulaId: string): Promise<boolean>;
}

export interface BenchLog {
  warn(message: string): void;
}

export class SafetyGateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafetyGateError';
  }
}

export class FumeHoodGuard {
  constructor(
    private readonly safety: LabSafety,
    private readonly log: BenchLog,
  ) {}

  async assertCanWeigh(bench: string, formulaId: string, ingredient: Ingredient): Promise<void> {
    if (ingredient.volatile && !(await this.safety.isFumeHoodRunning(bench))) {
      throw new SafetyGateError(
        `${ingredient.name} is volatile; start the fume hood on bench ${bench} before weighing`,
      );
    }

    if (ingredient.ifraRestricted) {
      const declared = await this.safety.allergenDeclared(ingredient.cas, formulaId);
      if (!declared) {
        throw new SafetyGateError(
          `${ingredient.name} (${ingredient.cas}) is IFRA-restricted and not declared on ${formulaId}`,
        );
      }
    }
  }

  async filterWeighable(bench: string, formulaId: string, ingredients: Ingredient[]): Promise<Ingredient[]> {
    const ok: Ingredient[] = [];
    for (const ingredient of ingredients) {
      try {
        await this.assertCanWeigh(bench, formulaId, ingredient);
        ok.push(ingredient);
      } catch (err) {
        if (!(err instanceof SafetyGateError)) throw err;
        this.log.warn(err.message);
      }
    }
    return ok;
  }
}
