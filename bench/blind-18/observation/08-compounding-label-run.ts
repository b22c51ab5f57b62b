// expect: none
// Correct: the interaction-check promise is stored but gets a .catch fallback attached immediately, so nothing is unobserved while the formula is awaited.
export interface Ingredient {
  ndc: string;
  name: string;
  quantity: number;
  unit: 'mg' | 'g' | 'mL';
}

export interface CompoundOrder {
  rxNumber: string;
  patientId: string;
  ingredients: Ingredient[];
  beyondUseDays: number;
}

export interface InteractionCheck {
  ok: boolean;
  warnings: string[];
}

export interface Label {
  rxNumber: string;
  lines: string[];
  budDate: string;
  needsPharmacistReview: boolean;
}

declare const interactionService: {
  check(patientId: string, ndcs: string[]): Promise<InteractionCheck>;
};

declare const formulary: {
  masterFormula(rxNumber: string): Promise<{ steps: string[]; storage: 'room' | 'fridge' | 'freezer' }>;
};

declare const labelPrinter: {
  print(label: Label): Promise<void>;
};

const STORAGE_TEXT = {
  room: 'Store at room temperature',
  fridge: 'Keep refrigerated 2-8°C',
  freezer: 'Keep frozen',
} as const;

function addDays(d: Date, days: number): string {
  const copy = new Date(d);
  copy.setDate(copy.getDate() + days);
  return copy.toISOString().slice(0, 10);
}

export async function prepareLabel(order: CompoundOrder, today = new Date()): Promise<Label> {
  const interactions = interactionService
    .check(
      order.patientId,
      order.ingredients.map((i) => i.ndc),
    )
    .catch((err: unknown): InteractionCheck => ({
      ok: false,
      warnings: [`interaction service unavailable: ${err instanceof Error ? err.message : String(err)}`],
    }));

  const formula = await formulary.masterFormula(order.rxNumber);
  const lines = [...order.ingredients.map((i) => `${i.name} ${i.quantity}${i.unit}`), STORAGE_TEXT[formula.storage]];

  const check = await interactions;
  if (check.warnings.length) {
    lines.push(...check.warnings.map((w) => `! ${w}`));
  }

  return {
    rxNumber: order.rxNumber,
    lines,
    budDate: addDays(today, formula.storage === 'room' ? Math.min(order.beyondUseDays, 30) : order.beyondUseDays),
    needsPharmacistReview: !check.ok,
  };
}

export async function printBatch(orders: CompoundOrder[]): Promise<number> {
  let printed = 0;
  for (const order of orders) {
    const label = await prepareLabel(order);
    await labelPrinter.print(label);
    printed += 1;
  }
  return printed;
}
