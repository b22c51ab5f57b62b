// expect: no-promise-as-value
// publishReceipt nests the unawaited tokenBalance() promise in the JSON payload, which serialises as {} so shoppers never see their token balance.
import { createHmac } from 'node:crypto';

export interface Sale {
  saleId: string;
  vendorId: string;
  stallName: string;
  shopperId?: string;
  items: Array<{ name: string; qty: number; unitCents: number }>;
  paidWith: 'card' | 'cash' | 'market-tokens';
  at: Date;
}

declare const tokenWallet: {
  balance(shopperId: string): Promise<number>;
};
declare const receiptQueue: {
  publish(topic: string, body: string, headers: Record<string, string>): Promise<void>;
};
declare const marketSecrets: { receiptSigningKey: string };

function totalCents(sale: Sale): number {
  return sale.items.reduce((sum, i) => sum + i.qty * i.unitCents, 0);
}

function formatCents(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}

async function tokenBalance(sale: Sale): Promise<number | null> {
  if (!sale.shopperId || sale.paidWith !== 'market-tokens') return null;
  try {
    return await tokenWallet.balance(sale.shopperId);
  } catch {
    return null;
  }
}

function sign(body: string): string {
  return createHmac('sha256', marketSecrets.receiptSigningKey).update(body).digest('hex');
}

export async function publishReceipt(sale: Sale): Promise<string> {
  const total = totalCents(sale);
  if (total <= 0) throw new Error(`Sale ${sale.saleId} has no billable items`);

  const payload = {
    receiptId: `R-${sale.saleId}`,
    vendor: { id: sale.vendorId, stall: sale.stallName },
    lines: sale.items.map((i) => ({
      description: `${i.qty} × ${i.name}`,
      amount: formatCents(i.qty * i.unitCents),
    })),
    total: formatCents(total),
    paidWith: sale.paidWith,
    remainingTokens: tokenBalance(sale),
    issuedAt: sale.at.toISOString(),
  };

  const body = JSON.stringify(payload);
  await receiptQueue.publish(`receipts.${sale.vendorId}`, body, {
    'content-type': 'application/json',
    'x-signature': sign(body),
  });
  return payload.receiptId;
}

export async function publishDay(sales: Sale[]): Promise<{ published: number; skipped: string[] }> {
  let published = 0;
  const skipped: string[] = [];
  for (const sale of sales) {
    if (totalCents(sale) <= 0) {
      skipped.push(sale.saleId);
      continue;
    }
    await publishReceipt(sale);
    published++;
  }
  return { published, skipped };
}
