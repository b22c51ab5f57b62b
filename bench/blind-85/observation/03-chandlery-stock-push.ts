// expect: no-unchecked-settled-results
// The allSettled results are thrown away and every coil is marked as pushed, so a chandlery whose update failed is never retried and its stock silently drifts.
export interface Coil {
  sku: string;
  fibre: string;
  diameterMm: number;
  lengthM: number;
  onHand: number;
  updatedAt: Date;
}

export interface Chandlery {
  id: string;
  endpoint: string;
  apiKey: string;
}

declare const ropewalkDb: {
  coilsChangedSince(since: Date): Promise<Coil[]>;
  markPushed(chandleryId: string, skus: string[], at: Date): Promise<void>;
  lastPush(chandleryId: string): Promise<Date>;
};

async function pushStock(chandlery: Chandlery, coils: Coil[]): Promise<void> {
  const res = await fetch(`${chandlery.endpoint}/v2/stock`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${chandlery.apiKey}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(
      coils.map((c) => ({
        sku: c.sku,
        description: `${c.fibre} ${c.diameterMm}mm x ${c.lengthM}m`,
        quantity: c.onHand,
      })),
    ),
  });
  if (!res.ok) {
    throw new Error(`${chandlery.id} rejected stock update: ${res.status} ${await res.text()}`);
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function pushToChandlery(chandlery: Chandlery, now = new Date()): Promise<number> {
  const since = await ropewalkDb.lastPush(chandlery.id);
  const changed = await ropewalkDb.coilsChangedSince(since);
  if (changed.length === 0) return 0;

  const batches = chunk(changed, 200);
  await Promise.allSettled(batches.map((batch) => pushStock(chandlery, batch)));

  await ropewalkDb.markPushed(
    chandlery.id,
    changed.map((c) => c.sku),
    now,
  );
  return changed.length;
}

export async function nightlyPush(chandleries: Chandlery[]): Promise<Record<string, number>> {
  const summary: Record<string, number> = {};
  for (const c of chandleries) {
    summary[c.id] = await pushToChandlery(c);
  }
  return summary;
}
