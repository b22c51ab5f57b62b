// expect: no-promise-as-value
// policeHoldFor() is async, so the ledger entry's `hold` field is a pending Promise object (serialised as {}) instead of 'none' | 'police-hold'.
import { createHash } from 'node:crypto';

export type Category = 'jewellery' | 'electronics' | 'instruments' | 'tools' | 'watches';

export interface IntakeItem {
  category: Category;
  description: string;
  serial?: string;
  weightGrams?: number;
  karat?: number;
}

export interface Customer {
  id: string;
  idDocumentNumber: string;
}

declare const appraiser: {
  estimate(item: IntakeItem): Promise<{ marketValue: number; confidence: number }>;
};
declare const stolenPropertyDb: {
  lookup(serialHash: string): Promise<{ reported: boolean; caseNumber?: string }>;
};
declare const ledger: {
  append(entry: Record<string, unknown>): Promise<{ ticketNo: number }>;
};

const LOAN_TO_VALUE: Record<Category, number> = {
  jewellery: 0.6,
  watches: 0.55,
  instruments: 0.45,
  tools: 0.35,
  electronics: 0.3,
};

function hashSerial(serial: string): string {
  // the regional database only accepts normalised, hashed serials
  return createHash('sha256').update(serial.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}

async function policeHoldFor(item: IntakeItem): Promise<'none' | 'police-hold'> {
  if (!item.serial) return 'none';
  const result = await stolenPropertyDb.lookup(hashSerial(item.serial));
  return result.reported ? 'police-hold' : 'none';
}

export async function takeInPawn(customer: Customer, item: IntakeItem, termDays = 30) {
  const { marketValue, confidence } = await appraiser.estimate(item);
  // low-confidence appraisals get a haircut until a second appraiser signs off
  const ltv = LOAN_TO_VALUE[item.category] * (confidence < 0.7 ? 0.8 : 1);
  const principal = Math.floor((marketValue * ltv) / 5) * 5;
  const dueDate = new Date(Date.now() + termDays * 86_400_000);

  const entry = {
    customerId: customer.id,
    idDocument: customer.idDocumentNumber.slice(-4),
    category: item.category,
    description: item.description,
    serialHash: item.serial ? hashSerial(item.serial) : null,
    appraisedValue: marketValue,
    principal,
    monthlyFeePercent: 4,
    dueDate: dueDate.toISOString().slice(0, 10),
    hold: policeHoldFor(item),
  };

  const { ticketNo } = await ledger.append(entry);
  return { ticketNo, principal, dueDate };
}
