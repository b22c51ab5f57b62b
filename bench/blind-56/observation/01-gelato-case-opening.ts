// expect: no-unobserved-promise
// The defrost cycle is started first but only awaited after the inventory load and card printing, so a defrost failure in that window is an unhandled rejection.
export interface GelatoTub {
  flavour: string;
  batchCode: string;
  litresLeft: number;
  servingTempC: number;
  allergens: string[];
}

export interface CaseLayout {
  caseId: string;
  slots: Array<{ slot: number; tub: GelatoTub }>;
  targetTempC: number;
}

declare const freezerCtl: {
  runDefrostCycle(caseId: string): Promise<{ minutes: number; iceRemovedGrams: number }>;
  setTarget(caseId: string, celsius: number): Promise<void>;
  readTemp(caseId: string): Promise<number>;
};

declare const stockDb: {
  loadTubs(caseId: string): Promise<GelatoTub[]>;
};

declare const labelPrinter: {
  printFlavourCards(layout: CaseLayout): Promise<number>;
};

declare const shopLog: {
  info(msg: string): void;
};

const SLOT_COUNT = 12;

export function planLayout(caseId: string, tubs: readonly GelatoTub[]): CaseLayout {
  const sellable = tubs.filter((t) => t.litresLeft >= 0.5);
  const sorted = [...sellable].sort((a, b) => {
    const nutsA = a.allergens.includes('nuts') ? 1 : 0;
    const nutsB = b.allergens.includes('nuts') ? 1 : 0;
    if (nutsA !== nutsB) return nutsA - nutsB;
    return b.litresLeft - a.litresLeft;
  });
  const slots = sorted.slice(0, SLOT_COUNT).map((tub, i) => ({ slot: i + 1, tub }));
  const warmest = slots.reduce((max, s) => Math.max(max, s.tub.servingTempC), -20);
  return { caseId, slots, targetTempC: Math.min(warmest, -11) };
}

export async function openCaseForService(caseId: string): Promise<CaseLayout> {
  const defrost = freezerCtl.runDefrostCycle(caseId);

  const tubs = await stockDb.loadTubs(caseId);
  const layout = planLayout(caseId, tubs);
  const printed = await labelPrinter.printFlavourCards(layout);
  shopLog.info(`case ${caseId}: printed ${printed} flavour cards`);

  const { minutes, iceRemovedGrams } = await defrost;
  shopLog.info(`case ${caseId}: defrost took ${minutes} min, removed ${iceRemovedGrams} g of ice`);

  await freezerCtl.setTarget(caseId, layout.targetTempC);
  return layout;
}

export async function confirmServingTemp(caseId: string, layout: CaseLayout, toleranceC = 1.5): Promise<boolean> {
  const temp = await freezerCtl.readTemp(caseId);
  const ok = Math.abs(temp - layout.targetTempC) <= toleranceC;
  if (!ok) {
    shopLog.info(`case ${caseId} at ${temp}°C, target ${layout.targetTempC}°C`);
  }
  return ok;
}

export async function openShop(caseIds: readonly string[]): Promise<string[]> {
  const notReady: string[] = [];
  for (const caseId of caseIds) {
    const layout = await openCaseForService(caseId);
    if (!(await confirmServingTemp(caseId, layout))) notReady.push(caseId);
  }
  return notReady;
}
