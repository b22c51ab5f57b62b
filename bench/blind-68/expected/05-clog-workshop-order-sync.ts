// expect: none
// Correct: every loader in Promise.all is called, and the bare function names passed to map/filter are callbacks where a function is expected.
export interface ClogOrder {
  id: string;
  customer: string;
  wood: 'poplar' | 'willow' | 'alder';
  euSize: number;
  painted: boolean;
}

export interface FootScan {
  orderId: string;
  lengthMm: number;
  widthMm: number;
  archHeightMm: number;
}

export interface Blank {
  id: string;
  wood: ClogOrder['wood'];
  lengthMm: number;
  seasonedWeeks: number;
}

export interface CarvingTicket {
  order: ClogOrder;
  scan: FootScan;
  blank: Blank;
  carver: string;
}

declare const shopApi: {
  openOrders(): Promise<ClogOrder[]>;
  blanksInStock(): Promise<Blank[]>;
  carversOnShift(): Promise<string[]>;
  footScan(orderId: string): Promise<FootScan>;
  reserveBlank(blankId: string, orderId: string): Promise<void>;
};

const MIN_SEASONING_WEEKS = 6;

function isSeasoned(blank: Blank): boolean {
  return blank.seasonedWeeks >= MIN_SEASONING_WEEKS;
}

function byLength(a: Blank, b: Blank): number {
  return a.lengthMm - b.lengthMm;
}

function fetchScan(order: ClogOrder): Promise<FootScan> {
  return shopApi.footScan(order.id);
}

function pickBlank(order: ClogOrder, scan: FootScan, blanks: Blank[]): Blank | undefined {
  // Leave 18 mm for the toe spring and the heel block.
  const needed = scan.lengthMm + 18;
  return blanks.find((b) => b.wood === order.wood && b.lengthMm >= needed);
}

export async function planCarvingDay(): Promise<{ tickets: CarvingTicket[]; waiting: string[] }> {
  const [orders, stock, carvers] = await Promise.all([
    shopApi.openOrders(),
    shopApi.blanksInStock(),
    shopApi.carversOnShift(),
  ]);
  if (carvers.length === 0) return { tickets: [], waiting: orders.map((o) => o.id) };

  const blanks = stock.filter(isSeasoned).sort(byLength);
  const scans = await Promise.all(orders.map(fetchScan));

  const tickets: CarvingTicket[] = [];
  const waiting: string[] = [];
  orders.forEach((order, i) => {
    const scan = scans[i];
    const blank = pickBlank(order, scan, blanks);
    if (!blank) {
      waiting.push(order.id);
      return;
    }
    blanks.splice(blanks.indexOf(blank), 1);
    tickets.push({ order, scan, blank, carver: carvers[tickets.length % carvers.length] });
  });

  await Promise.all(tickets.map((t) => shopApi.reserveBlank(t.blank.id, t.order.id)));
  return { tickets, waiting };
}
