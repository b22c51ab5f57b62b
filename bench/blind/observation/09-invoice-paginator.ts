// expect: no-unobserved-promise
// The next page is prefetched into `pending` and then the generator suspends at `yield`; if that fetch rejects while the consumer is busy (or stops iterating), nothing handles it.
interface Page<T> { items: T[]; nextCursor: string | null }

declare class ApiClient {
  listInvoices(cursor: string | null, pageSize: number): Promise<Page<{ id: string; amount: number }>>;
}

export async function* allInvoices(client: ApiClient, pageSize = 100) {
  let pending = client.listInvoices(null, pageSize);

  while (true) {
    const page = await pending;
    const hasMore = page.nextCursor !== null;
    if (hasMore) {
      pending = client.listInvoices(page.nextCursor, pageSize);
    }

    for (const invoice of page.items) {
      yield invoice;
    }

    if (!hasMore) {
      return;
    }
  }
}
