// expect: no-unchecked-settled-results
// renewSeason casts every allSettled outcome to a fulfilled result and reads .value, so rejected renewals are recorded in the ledger as renewed with an undefined receipt.
export interface DigPermit {
  id: string;
  site: string;
  holder: string;
  formation: string;
  expires: string;
}

export interface RenewalReceipt {
  permitId: string;
  validUntil: string;
  feeCents: number;
}

export interface LedgerLine {
  permitId: string;
  site: string;
  status: 'renewed';
  validUntil: string | undefined;
  feeCents: number | undefined;
}

declare const landOffice: {
  listExpiring(beforeIso: string): Promise<DigPermit[]>;
  renew(permitId: string, season: number): Promise<RenewalReceipt>;
};
declare const ledger: {
  append(lines: LedgerLine[]): Promise<void>;
};
declare const mailer: {
  notifyHolder(holder: string, subject: string, body: string): Promise<void>;
};

const BATCH_SIZE = 20;

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

function protectedFormation(permit: DigPermit): boolean {
  // Lagerstätten renewals go through the heritage board, not the land office.
  return /burgess|solnhofen|messel/i.test(permit.formation);
}

async function renewBatch(batch: DigPermit[], season: number): Promise<LedgerLine[]> {
  const outcomes = await Promise.allSettled(batch.map((permit) => landOffice.renew(permit.id, season)));
  return outcomes.map((outcome, i) => {
    const receipt = (outcome as PromiseFulfilledResult<RenewalReceipt>).value;
    return {
      permitId: batch[i].id,
      site: batch[i].site,
      status: 'renewed' as const,
      validUntil: receipt?.validUntil,
      feeCents: receipt?.feeCents,
    };
  });
}

export async function renewSeason(season: number): Promise<{ renewed: number; deferred: string[] }> {
  const cutoff = new Date(Date.UTC(season, 3, 1)).toISOString();
  const expiring = await landOffice.listExpiring(cutoff);
  const deferred = expiring.filter(protectedFormation).map((p) => p.id);
  const eligible = expiring.filter((p) => !protectedFormation(p));

  let renewed = 0;
  for (const batch of chunk(eligible, BATCH_SIZE)) {
    const lines = await renewBatch(batch, season);
    await ledger.append(lines);
    renewed += lines.length;
  }

  return { renewed, deferred };
}

export async function remindDeferred(permits: DigPermit[], deferredIds: string[]): Promise<void> {
  const byId = new Map(permits.map((p) => [p.id, p]));
  for (const id of deferredIds) {
    const permit = byId.get(id);
    if (!permit) continue;
    await mailer.notifyHolder(
      permit.holder,
      `Permit ${permit.id} needs heritage board review`,
      `Your permit for ${permit.site} (${permit.formation}) expires ${permit.expires}. Please file form HB-7.`,
    );
  }
}
