// expect: require-signal-propagation
// fetchAllOrders passes options.signal to the first page request but not to the follow-up page fetches, so cancelling mid-export keeps paging.
export interface ClogOrder {
  orderId: string;
  customer: string;
  euSize: number;
  wood: 'willow' | 'poplar' | 'birch';
  painted: boolean;
  status: 'new' | 'carving' | 'drying' | 'painting' | 'shipped';
}

interface OrderPage {
  orders: ClogOrder[];
  next: string | null;
}

export interface ExportOptions {
  signal?: AbortSignal;
  since?: string;
  pageSize?: number;
}

declare const shopConfig: {
  apiBase: string;
  token: string;
};

function authHeaders(): Record<string, string> {
  return {
    authorization: `Bearer ${shopConfig.token}`,
    accept: 'application/json',
  };
}

async function readPage(res: Response): Promise<OrderPage> {
  if (!res.ok) {
    throw new Error(`order API answered ${res.status} ${res.statusText}`);
  }
  const body = (await res.json()) as { data: ClogOrder[]; links?: { next?: string } };
  return { orders: body.data, next: body.links?.next ?? null };
}

export async function fetchAllOrders(options: ExportOptions = {}): Promise<ClogOrder[]> {
  const url = new URL('/v2/orders', shopConfig.apiBase);
  url.searchParams.set('limit', String(options.pageSize ?? 100));
  if (options.since) url.searchParams.set('updated_since', options.since);

  const first = await fetch(url, { headers: authHeaders(), signal: options.signal });
  let page = await readPage(first);
  const all = [...page.orders];

  while (page.next) {
    const res = await fetch(new URL(page.next, shopConfig.apiBase), { headers: authHeaders() });
    page = await readPage(res);
    all.push(...page.orders);
  }
  return all;
}

function toCsvRow(order: ClogOrder): string {
  const cells = [order.orderId, order.customer, String(order.euSize), order.wood, order.painted ? 'yes' : 'no', order.status];
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

export async function exportWorkshopCsv(options: ExportOptions = {}): Promise<string> {
  const orders = await fetchAllOrders(options);
  const open = orders.filter((o) => o.status !== 'shipped');
  open.sort((a, b) => a.wood.localeCompare(b.wood) || a.euSize - b.euSize);

  const header = 'order,customer,eu_size,wood,painted,status';
  return [header, ...open.map(toCsvRow)].join('\n');
}

export function pairsToCarve(orders: ClogOrder[]): Map<string, number> {
  const byWood = new Map<string, number>();
  for (const order of orders) {
    if (order.status !== 'new' && order.status !== 'carving') continue;
    byWood.set(order.wood, (byWood.get(order.wood) ?? 0) + 1);
  }
  return byWood;
}
