// expect: none
// The ink check starts early but its then(onOk, onErr) handlers are attached immediately, so it can never reject unobserved while the vellum is prepared.
export type Hand = 'uncial' | 'carolingian' | 'gothic-textura' | 'italic';

export interface Commission {
  id: string;
  scribeId: string;
  hand: Hand;
  folios: number;
  text: string;
}

export interface FolioPlan {
  commissionId: string;
  linesPerFolio: number;
  rulingMm: number;
  inkMlNeeded: number;
}

declare const inkwell: {
  check(scribeId: string): Promise<{ ml: number; batch: string }>;
};

declare const vellumStore: {
  reserve(count: number): Promise<string[]>;
  prick(sheetIds: string[], rulingMm: number): Promise<void>;
};

declare const workshop: {
  schedule(plan: FolioPlan, sheets: string[], inkBatch: string): Promise<void>;
};

const X_HEIGHT_MM: Record<Hand, number> = {
  uncial: 6,
  carolingian: 4,
  'gothic-textura': 5,
  italic: 3.5,
};

type InkResult = { ok: true; ml: number; batch: string } | { ok: false; error: unknown };

function planFolios(c: Commission): FolioPlan {
  const rulingMm = X_HEIGHT_MM[c.hand] * 3;
  const linesPerFolio = Math.floor(230 / rulingMm);
  const chars = c.text.replace(/\s+/g, ' ').length;
  return {
    commissionId: c.id,
    linesPerFolio,
    rulingMm,
    inkMlNeeded: Math.ceil(chars / 4_000) + c.folios * 0.2,
  };
}

export async function beginCommission(c: Commission): Promise<FolioPlan> {
  const inkCheck: Promise<InkResult> = inkwell.check(c.scribeId).then(
    ({ ml, batch }) => ({ ok: true as const, ml, batch }),
    (error: unknown) => ({ ok: false as const, error }),
  );

  const plan = planFolios(c);
  const sheets = await vellumStore.reserve(c.folios);
  await vellumStore.prick(sheets, plan.rulingMm);

  const ink = await inkCheck;
  if (!ink.ok) {
    throw new Error(`could not read inkwell for scribe ${c.scribeId}`, { cause: ink.error });
  }
  if (ink.ml < plan.inkMlNeeded) {
    throw new Error(`scribe ${c.scribeId} has ${ink.ml}ml of ink, commission needs ${plan.inkMlNeeded}ml`);
  }

  await workshop.schedule(plan, sheets, ink.batch);
  return plan;
}
