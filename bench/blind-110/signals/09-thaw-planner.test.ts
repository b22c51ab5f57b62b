// expect: require-signal-propagation
// ThawPlanner.plan() passes its signal to listFreezers() and checks it between cores, but calls getCore() without it, so a cancelled plan still waits on a slow archive lookup.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface CoreRecord {
  coreId: string;
  lengthM: number;
  freezerId: string;
  storageTempC: number;
}

interface Freezer {
  freezerId: string;
  tempC: number;
  thawBenches: number;
}

interface ThawSlot {
  coreId: string;
  freezerId: string;
  bench: number;
  thawMinutes: number;
}

interface CoreArchiveClient {
  listFreezers(opts?: { signal?: AbortSignal }): Promise<Freezer[]>;
  getCore(coreId: string, opts?: { signal?: AbortSignal }): Promise<CoreRecord>;
}

class ThawPlanner {
  constructor(private readonly client: CoreArchiveClient, private readonly labTempC = -20) {}

  async plan(coreIds: string[], opts: { signal?: AbortSignal } = {}): Promise<ThawSlot[]> {
    const freezers = await this.client.listFreezers({ signal: opts.signal });
    const benchUse = new Map(freezers.map((f) => [f.freezerId, 0]));
    const slots: ThawSlot[] = [];
    for (const coreId of coreIds) {
      opts.signal?.throwIfAborted();
      const core = await this.client.getCore(coreId);
      const freezer = freezers.find((f) => f.freezerId === core.freezerId);
      if (!freezer) throw new Error(`core ${coreId} is in unknown freezer ${core.freezerId}`);
      const used = benchUse.get(freezer.freezerId) ?? 0;
      if (used >= freezer.thawBenches) continue;
      benchUse.set(freezer.freezerId, used + 1);
      const deltaC = this.labTempC - core.storageTempC;
      slots.push({ coreId, freezerId: freezer.freezerId, bench: used + 1, thawMinutes: Math.round(deltaC * core.lengthM * 6) });
    }
    return slots;
  }
}

describe('ThawPlanner', () => {
  let client: { listFreezers: ReturnType<typeof vi.fn<CoreArchiveClient['listFreezers']>>; getCore: ReturnType<typeof vi.fn<CoreArchiveClient['getCore']>> };

  beforeEach(() => {
    client = {
      listFreezers: vi.fn<CoreArchiveClient['listFreezers']>().mockResolvedValue([
        { freezerId: 'FZ-A', tempC: -36, thawBenches: 2 },
        { freezerId: 'FZ-B', tempC: -50, thawBenches: 1 },
      ]),
      getCore: vi.fn<CoreArchiveClient['getCore']>(async (coreId) => ({
        coreId,
        lengthM: 1,
        freezerId: coreId.startsWith('B') ? 'FZ-B' : 'FZ-A',
        storageTempC: coreId.startsWith('B') ? -50 : -36,
      })),
    };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('assigns benches per freezer and skips cores once benches are full', async () => {
    const slots = await new ThawPlanner(client).plan(['A-101', 'A-102', 'A-103', 'B-7']);
    expect(slots.map((s) => s.coreId)).toEqual(['A-101', 'A-102', 'B-7']);
    expect(slots[2]).toMatchObject({ freezerId: 'FZ-B', bench: 1, thawMinutes: 180 });
  });

  it('rejects cores stored in unknown freezers', async () => {
    client.getCore.mockResolvedValueOnce({ coreId: 'X-1', lengthM: 1, freezerId: 'FZ-Z', storageTempC: -30 });
    await expect(new ThawPlanner(client).plan(['X-1'])).rejects.toThrow(/unknown freezer FZ-Z/);
  });

  it('stops before planning when already aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(new ThawPlanner(client).plan(['A-101'], { signal: ac.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(client.getCore).not.toHaveBeenCalled();
  });
});
