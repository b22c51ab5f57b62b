// expect: no-reused-settled-promise
// retry() is handed the already-started pushLot(...) promise and re-awaits that same promise on each attempt, so after the first failure every "retry" just re-reads the same rejection without re-sending.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ExportLot {
  lotCode: string;
  cooperative: string;
  beanCount100g: number;
  fermentationDays: number;
  cutTest: { fullyBrown: number; purple: number; slaty: number };
  bagsOf60Kg: number;
}

declare const buyerPortal: {
  baseUrl: string;
  apiKey: string;
};

async function pushLot(lot: ExportLot): Promise<{ receipt: string }> {
  const res = await fetch(`${buyerPortal.baseUrl}/lots/${lot.lotCode}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `ApiKey ${buyerPortal.apiKey}` },
    body: JSON.stringify(lot),
  });
  if (!res.ok) throw new Error(`buyer portal ${res.status} for lot ${lot.lotCode}`);
  return (await res.json()) as { receipt: string };
}

export async function retry<T>(operation: Promise<T>, attempts = 3, delayMs = 2_000): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      console.warn(`attempt ${i + 1}/${attempts} failed: ${(err as Error).message}`);
      if (i < attempts - 1) await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

function gradeLot(lot: ExportLot): 'Grade I' | 'Grade II' | 'Sub-standard' {
  const total = lot.cutTest.fullyBrown + lot.cutTest.purple + lot.cutTest.slaty;
  const slatyPct = (100 * lot.cutTest.slaty) / total;
  if (slatyPct <= 3 && lot.beanCount100g <= 100) return 'Grade I';
  if (slatyPct <= 8 && lot.beanCount100g <= 120) return 'Grade II';
  return 'Sub-standard';
}

export async function syncSeason(lots: ExportLot[]) {
  const receipts: Record<string, string> = {};
  const held: string[] = [];
  for (const lot of lots) {
    if (gradeLot(lot) === 'Sub-standard') {
      held.push(lot.lotCode);
      continue;
    }
    const { receipt } = await retry(pushLot(lot), 4);
    receipts[lot.lotCode] = receipt;
  }
  const bags = lots.filter((l) => receipts[l.lotCode]).reduce((n, l) => n + l.bagsOf60Kg, 0);
  return { receipts, held, tonnes: (bags * 60) / 1000 };
}
