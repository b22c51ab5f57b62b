// expect: no-unobserved-promise
// The price sheet fetch is started first but only awaited after the member and pressing queries, so if it rejects while those awaits are pending it has no handler and the process dies with an unhandled rejection instead of invoicing failing cleanly.
export interface CoopMember {
  id: string;
  name: string;
  shareClass: 'founding' | 'standard' | 'seasonal';
}

export interface Pressing {
  memberId: string;
  litres: number;
  bottled: boolean;
}

export interface PriceSheet {
  perLitre: Record<CoopMember['shareClass'], number>;
  bottlingPerLitre: number;
}

export interface CoopLedger {
  members(): Promise<CoopMember[]>;
  pressingsOn(day: string): Promise<Pressing[]>;
}

export interface PriceService {
  currentSheet(season: number): Promise<PriceSheet>;
}

export interface Invoice {
  memberId: string;
  memberName: string;
  litres: number;
  amountCents: number;
}

export async function invoicePressDay(
  ledger: CoopLedger,
  prices: PriceService,
  day: string,
): Promise<Invoice[]> {
  const season = Number(day.slice(0, 4));
  const sheetRequest = prices.currentSheet(season);

  const members = await ledger.members();
  const pressings = await ledger.pressingsOn(day);
  const sheet = await sheetRequest;

  const byId = new Map(members.map((m) => [m.id, m]));
  const invoices = new Map<string, Invoice>();

  for (const p of pressings) {
    const member = byId.get(p.memberId);
    if (!member) throw new Error(`pressing for unknown member ${p.memberId}`);
    const rate = sheet.perLitre[member.shareClass] + (p.bottled ? sheet.bottlingPerLitre : 0);
    const inv = invoices.get(member.id) ?? { memberId: member.id, memberName: member.name, litres: 0, amountCents: 0 };
    inv.litres += p.litres;
    inv.amountCents += Math.round(p.litres * rate * 100);
    invoices.set(member.id, inv);
  }

  return [...invoices.values()].sort((a, b) => a.memberName.localeCompare(b.memberName));
}
