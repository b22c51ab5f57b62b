// expect: no-promise-as-value
// settleDeposit tests the async hasOpenDamageClaim(...) for truthiness without awaiting, so the promise is always truthy and every deposit is held for review.
export interface ReturnedHire {
  hireId: string;
  boatName: string;
  hirerEmail: string;
  depositPence: number;
  returnedAt: string;
  engineHours: number;
  expectedEngineHours: number;
  fuelTopUpLitres: number;
}

export type DepositOutcome =
  | { kind: 'released'; refundPence: number }
  | { kind: 'held'; reason: string };

declare const damageClaims: {
  hasOpenDamageClaim(boatName: string, sinceIso: string): Promise<boolean>;
};

declare const payments: {
  refund(hireId: string, pence: number): Promise<string>;
};

declare const mailer: {
  send(to: string, subject: string, text: string): Promise<void>;
};

declare const boatyard: {
  holdForReview(hireId: string, reason: string): Promise<void>;
};

const DIESEL_PENCE_PER_LITRE = 142;
const EXCESS_ENGINE_HOUR_PENCE = 1_800;

function deductions(hire: ReturnedHire): { pence: number; lines: string[] } {
  const lines: string[] = [];
  let pence = 0;

  if (hire.fuelTopUpLitres > 0) {
    const fuel = Math.round(hire.fuelTopUpLitres * DIESEL_PENCE_PER_LITRE);
    pence += fuel;
    lines.push(`Diesel top-up ${hire.fuelTopUpLitres} L: £${(fuel / 100).toFixed(2)}`);
  }

  const excessHours = Math.max(0, Math.ceil(hire.engineHours - hire.expectedEngineHours * 1.2));
  if (excessHours > 0) {
    const engine = excessHours * EXCESS_ENGINE_HOUR_PENCE;
    pence += engine;
    lines.push(`Excess engine hours (${excessHours} h): £${(engine / 100).toFixed(2)}`);
  }

  return { pence, lines };
}

export async function settleDeposit(hire: ReturnedHire, hireStartIso: string): Promise<DepositOutcome> {
  const { pence, lines } = deductions(hire);

  if (pence >= hire.depositPence) {
    const reason = `deductions of £${(pence / 100).toFixed(2)} exceed the deposit`;
    await boatyard.holdForReview(hire.hireId, reason);
    return { kind: 'held', reason };
  }

  if (!damageClaims.hasOpenDamageClaim(hire.boatName, hireStartIso)) {
    const refundPence = hire.depositPence - pence;
    const refundRef = await payments.refund(hire.hireId, refundPence);
    const body = [
      `Thank you for returning ${hire.boatName}.`,
      ...lines,
      `Refund of £${(refundPence / 100).toFixed(2)} issued (ref ${refundRef}).`,
    ].join('\n');
    await mailer.send(hire.hirerEmail, `Your deposit for ${hire.boatName}`, body);
    return { kind: 'released', refundPence };
  }

  const reason = `open damage claim on ${hire.boatName}`;
  await boatyard.holdForReview(hire.hireId, reason);
  return { kind: 'held', reason };
}
