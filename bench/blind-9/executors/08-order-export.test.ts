// expect: no-multiple-settle
// If getExportStatus rejects (a 503 while the export service restarts), the rejection escapes the async interval callback as an unhandled rejection instead of rejecting waitForExport; the interval keeps firing and the test hangs until the runner's timeout.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>, timeoutMs?: number): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toMatch(pattern: RegExp): void;
};

type ExportStatus = {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  rowCount?: number;
  downloadUrl?: string;
  error?: string;
};

declare const api: {
  createExport(body: { table: string; format: 'csv' | 'parquet'; filter?: string }): Promise<{ id: string }>;
  getExportStatus(id: string): Promise<ExportStatus>;
  deleteExport(id: string): Promise<void>;
};
declare const fixtures: {
  seedOrders(count: number, opts?: { status?: string }): Promise<void>;
  truncate(table: string): Promise<void>;
};

function waitForExport(id: string, intervalMs = 250): Promise<ExportStatus> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(async () => {
      const status = await api.getExportStatus(id);
      if (status.state === 'done') {
        clearInterval(timer);
        resolve(status);
      } else if (status.state === 'failed') {
        clearInterval(timer);
        reject(new Error(`export ${id} failed: ${status.error ?? 'unknown error'}`));
      }
    }, intervalMs);
  });
}

describe('order exports', () => {
  const created: string[] = [];

  beforeEach(async () => {
    await fixtures.truncate('orders');
    await fixtures.seedOrders(120);
    await fixtures.seedOrders(30, { status: 'refunded' });
  });

  afterEach(async () => {
    await Promise.all(created.splice(0).map((id) => api.deleteExport(id)));
  });

  it('exports every order as csv', async () => {
    const { id } = await api.createExport({ table: 'orders', format: 'csv' });
    created.push(id);
    const status = await waitForExport(id);
    expect(status.rowCount).toBe(150);
    expect(status.downloadUrl ?? '').toMatch(/\.csv(\?|$)/);
  }, 20_000);

  it('applies the filter to parquet exports', async () => {
    const { id } = await api.createExport({ table: 'orders', format: 'parquet', filter: "status = 'refunded'" });
    created.push(id);
    const status = await waitForExport(id);
    expect(status.rowCount).toBe(30);
    expect(status.downloadUrl ?? '').toMatch(/\.parquet(\?|$)/);
  }, 20_000);
});
