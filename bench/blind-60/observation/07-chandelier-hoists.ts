// expect: none
// The brake self-test is started early but converted to a result with .then(ok, err) immediately, so it cannot reject unobserved while the load checks are awaited.
export interface HoistUnit {
  hoistId: string;
  ratedKg: number;
  ceilingHeightM: number;
}

export interface Chandelier {
  id: string;
  massKg: number;
  dropLengthM: number;
  crystalTiers: number;
}

type CheckResult = { ok: true } | { ok: false; error: unknown };

declare const hoistBus: {
  brakeSelfTest(hoistId: string): Promise<void>;
  loadCellKg(hoistId: string): Promise<number>;
  cableWearPct(hoistId: string): Promise<number>;
  lowerTo(hoistId: string, heightM: number, speedMps: number): Promise<void>;
  raiseTo(hoistId: string, heightM: number, speedMps: number): Promise<void>;
};

declare const venueLog: { write(entry: object): void };

export class HoistNotSafeError extends Error {
  constructor(readonly hoistId: string, readonly reasons: string[]) {
    super(`hoist ${hoistId} not safe: ${reasons.join(', ')}`);
    this.name = 'HoistNotSafeError';
  }
}

function settleAsResult(p: Promise<void>): Promise<CheckResult> {
  return p.then(
    (): CheckResult => ({ ok: true }),
    (error: unknown): CheckResult => ({ ok: false, error }),
  );
}

export async function preflight(hoist: HoistUnit, chandelier: Chandelier): Promise<void> {
  const brake = settleAsResult(hoistBus.brakeSelfTest(hoist.hoistId));

  const reasons: string[] = [];
  const loadKg = await hoistBus.loadCellKg(hoist.hoistId);
  if (Math.abs(loadKg - chandelier.massKg) > chandelier.massKg * 0.05) {
    reasons.push(`load cell reads ${loadKg}kg, expected ${chandelier.massKg}kg`);
  }
  if (chandelier.massKg > hoist.ratedKg * 0.8) {
    reasons.push(`chandelier uses more than 80% of the ${hoist.ratedKg}kg rating`);
  }
  const wear = await hoistBus.cableWearPct(hoist.hoistId);
  if (wear > 12) reasons.push(`cable wear ${wear}%`);

  const brakeResult = await brake;
  if (!brakeResult.ok) reasons.push(`brake self-test failed: ${String(brakeResult.error)}`);

  if (reasons.length > 0) throw new HoistNotSafeError(hoist.hoistId, reasons);
}

export async function lowerForCleaning(hoist: HoistUnit, chandelier: Chandelier): Promise<number> {
  await preflight(hoist, chandelier);
  const workingHeight = Math.max(1.2, hoist.ceilingHeightM - chandelier.dropLengthM - 6);
  const speed = chandelier.crystalTiers > 3 ? 0.05 : 0.1;
  const started = Date.now();
  await hoistBus.lowerTo(hoist.hoistId, workingHeight, speed);
  venueLog.write({ event: 'chandelier-lowered', chandelierId: chandelier.id, workingHeight });
  return Date.now() - started;
}

export async function raiseAfterCleaning(hoist: HoistUnit, chandelier: Chandelier): Promise<void> {
  await preflight(hoist, chandelier);
  const hangHeight = hoist.ceilingHeightM - chandelier.dropLengthM;
  await hoistBus.raiseTo(hoist.hoistId, hangHeight, 0.05);
  venueLog.write({ event: 'chandelier-raised', chandelierId: chandelier.id, hangHeight });
}
