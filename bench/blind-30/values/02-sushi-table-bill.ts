// expect: no-promise-as-value
// The bill payload embeds loyalty.tierOf(memberId) un-awaited, so the POS receives "memberTier": {} and never applies the tier.
export interface PlateScan {
  rfid: string;
  colour: 'white' | 'blue' | 'red' | 'gold' | 'black';
  seat: number;
  scannedAt: number;
}

export interface TableSession {
  tableNo: number;
  seats: number[];
  memberId: string | null;
  openedAt: number;
  drinks: Array<{ sku: string; priceYen: number }>;
}

interface BillLine {
  description: string;
  qty: number;
  unitYen: number;
}

declare const loyalty: {
  tierOf(memberId: string): Promise<'none' | 'silver' | 'gold'>;
};

declare const pos: {
  submitBill(terminalId: string, payload: string): Promise<{ billNo: string }>;
};

const PLATE_PRICES: Record<PlateScan['colour'], number> = {
  white: 150,
  blue: 220,
  red: 330,
  gold: 480,
  black: 650,
};

function plateLines(scans: PlateScan[]): BillLine[] {
  const counts = new Map<PlateScan['colour'], number>();
  for (const scan of scans) counts.set(scan.colour, (counts.get(scan.colour) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => PLATE_PRICES[a[0]] - PLATE_PRICES[b[0]])
    .map(([colour, qty]) => ({ description: `${colour} plate`, qty, unitYen: PLATE_PRICES[colour] }));
}

function dedupe(scans: PlateScan[]): PlateScan[] {
  const seen = new Set<string>();
  return scans.filter((s) => (seen.has(s.rfid) ? false : (seen.add(s.rfid), true)));
}

export async function closeTable(
  session: TableSession,
  scans: PlateScan[],
  terminalId: string,
): Promise<{ billNo: string; subtotalYen: number }> {
  const plates = dedupe(scans).filter((s) => session.seats.includes(s.seat));
  const lines: BillLine[] = [
    ...plateLines(plates),
    ...session.drinks.map((d) => ({ description: d.sku, qty: 1, unitYen: d.priceYen })),
  ];
  const subtotalYen = lines.reduce((sum, l) => sum + l.qty * l.unitYen, 0);

  const payload = JSON.stringify({
    table: session.tableNo,
    openedAt: new Date(session.openedAt).toISOString(),
    closedAt: new Date().toISOString(),
    lines,
    subtotalYen,
    memberId: session.memberId,
    memberTier: session.memberId ? loyalty.tierOf(session.memberId) : 'none',
    plateCount: plates.length,
  });

  const { billNo } = await pos.submitBill(terminalId, payload);
  return { billNo, subtotalYen };
}
