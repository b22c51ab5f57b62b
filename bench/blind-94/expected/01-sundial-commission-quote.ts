// expect: none
// Every async function is called where its result is wanted; the one bare reference is handed to withRetry, which takes a factory and calls it on each attempt.
import { setTimeout as sleep } from 'node:timers/promises';

interface Commission {
  id: string;
  client: string;
  latitude: number;
  style: 'horizontal' | 'vertical' | 'armillary';
  material: 'slate' | 'bronze' | 'sandstone';
  diameterCm: number;
}

declare const materials: { pricePerCm2(material: Commission['material']): Promise<number> };
declare function fetchLeadTimeWeeks(): Promise<number>;
declare const engraver: { quoteEngraving(style: Commission['style'], diameterCm: number): Promise<number> };
declare const foundry: { castingSlot(): Promise<string> };

async function withRetry<T>(task: () => Promise<T>, attempts = 3, waitMs = 500): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(waitMs * (i + 1));
    }
  }
  throw lastError;
}

export interface Quote {
  commissionId: string;
  totalCents: number;
  leadTimeWeeks: number;
  castingSlot?: string;
}

export async function quoteCommission(c: Commission): Promise<Quote> {
  const area = Math.PI * (c.diameterCm / 2) ** 2;

  const [unitPrice, engraving, leadTime] = await Promise.all([
    materials.pricePerCm2(c.material),
    engraver.quoteEngraving(c.style, c.diameterCm),
    withRetry(fetchLeadTimeWeeks),
  ]);

  const castingSlot = c.material === 'bronze' ? await withRetry(() => foundry.castingSlot()) : undefined;

  const latitudeSurcharge = Math.abs(c.latitude) > 60 ? 1.1 : 1;
  const totalCents = Math.round((area * unitPrice + engraving) * latitudeSurcharge);

  return {
    commissionId: c.id,
    totalCents,
    leadTimeWeeks: leadTime + (castingSlot ? 3 : 0),
    castingSlot,
  };
}

export async function quoteAll(commissions: Commission[]): Promise<Quote[]> {
  const tasks = commissions.map((c) => () => quoteCommission(c));
  const quotes: Quote[] = [];
  for (const task of tasks) {
    quotes.push(await task());
  }
  return quotes;
}
