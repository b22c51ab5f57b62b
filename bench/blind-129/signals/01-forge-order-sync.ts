// expect: require-signal-propagation
// syncOrders passes the caller's signal to the first page request but the follow-up page requests in the pagination loop are fetched without it, so aborting the sync does not stop them.
export interface ForgeOrderRow {
  id: string;
  farrierId: string;
  pattern: string;
  size: number;
  pairs: number;
  status: 'queued' | 'forging' | 'shipped';
  updatedAt: string;
}

interface OrderPage {
  orders: ForgeOrderRow[];
  next?: string;
}

export interface OrderSink {
  upsert(rows: ForgeOrderRow[]): Promise<number>;
}

export interface SyncOptions {
  since?: string;
  signal?: AbortSignal;
  pageSize?: number;
}

export class ForgeOrderSync {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly sink: OrderSink,
  ) {}

  private headers(): Record<string, string> {
    return { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' };
  }

  private async readPage(res: Response): Promise<OrderPage> {
    if (!res.ok) {
      throw new Error(`forge order API responded ${res.status} ${res.statusText}`);
    }
    return (await res.json()) as OrderPage;
  }

  async syncOrders(options: SyncOptions = {}): Promise<{ pages: number; upserted: number }> {
    const { signal, since, pageSize = 200 } = options;
    const first = new URL('/v2/orders', this.baseUrl);
    first.searchParams.set('limit', String(pageSize));
    if (since) first.searchParams.set('updated_since', since);

    let page = await this.readPage(await fetch(first, { headers: this.headers(), signal }));
    let pages = 1;
    let upserted = await this.sink.upsert(page.orders);

    while (page.next) {
      signal?.throwIfAborted();
      const res = await fetch(new URL(page.next, this.baseUrl), { headers: this.headers() });
      page = await this.readPage(res);
      pages += 1;
      upserted += await this.sink.upsert(page.orders);
    }

    return { pages, upserted };
  }
}
