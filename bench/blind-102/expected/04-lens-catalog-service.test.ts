// expect: none
// The catalog intentionally shares one memoised load promise between callers (and clears it on failure so the next call starts a new load), and teardown calls `await service.close()`, so no function is awaited uncalled and no settled promise is mistaken for a retry.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LensRecord {
  id: string;
  order: 1 | 2 | 3 | 4 | 5 | 6;
  station: string;
  lastPolished: string;
}

interface CatalogSource {
  fetchAll(): Promise<LensRecord[]>;
  disconnect(): Promise<void>;
}

class LensCatalogService {
  private loading: Promise<Map<string, LensRecord>> | undefined;

  constructor(private readonly source: CatalogSource) {}

  private load(): Promise<Map<string, LensRecord>> {
    this.loading ??= this.source.fetchAll().then(
      (records) => new Map(records.map((r) => [r.id, r])),
      (err: unknown) => {
        this.loading = undefined;
        throw err;
      },
    );
    return this.loading;
  }

  async byId(id: string): Promise<LensRecord | undefined> {
    return (await this.load()).get(id);
  }

  async dueForPolish(before: string): Promise<LensRecord[]> {
    const all = await this.load();
    return [...all.values()].filter((r) => r.lastPolished < before);
  }

  async close(): Promise<void> {
    this.loading = undefined;
    await this.source.disconnect();
  }
}

const RECORDS: LensRecord[] = [
  { id: 'L-01', order: 1, station: 'Cape Lark', lastPolished: '2023-09-01' },
  { id: 'L-02', order: 3, station: 'Gull Rock', lastPolished: '2024-02-11' },
];

describe('LensCatalogService', () => {
  let source: CatalogSource;
  let service: LensCatalogService;

  beforeEach(() => {
    source = {
      fetchAll: vi.fn().mockResolvedValue(RECORDS),
      disconnect: vi.fn().mockResolvedValue(undefined),
    };
    service = new LensCatalogService(source);
  });

  afterEach(async () => {
    await service.close();
    vi.restoreAllMocks();
  });

  it('loads the catalog once for concurrent lookups', async () => {
    const [a, b] = await Promise.all([service.byId('L-01'), service.byId('L-02')]);
    expect(a?.station).toBe('Cape Lark');
    expect(b?.order).toBe(3);
    expect(source.fetchAll).toHaveBeenCalledTimes(1);
  });

  it('starts a fresh load after a failed one', async () => {
    vi.mocked(source.fetchAll).mockRejectedValueOnce(new Error('catalog offline'));
    await expect(service.byId('L-01')).rejects.toThrow('catalog offline');
    await expect(service.byId('L-01')).resolves.toMatchObject({ id: 'L-01' });
    expect(source.fetchAll).toHaveBeenCalledTimes(2);
  });

  it('lists lenses due for polishing', async () => {
    const due = await service.dueForPolish('2024-01-01');
    expect(due.map((r) => r.id)).toEqual(['L-01']);
  });

  it('disconnects the source on close', async () => {
    await service.close();
    expect(source.disconnect).toHaveBeenCalled();
  });
});
