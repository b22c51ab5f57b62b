// expect: no-unobserved-promise
// All batch loads are started up front and then awaited one at a time in a loop, so a later load that rejects while an earlier one is still pending has no handler attached.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface FeedingBatch {
  id: string;
  jar: string;
  hydrationPct: number;
  peakHours: number;
  notes: string;
}

interface BatchStore {
  load(id: string): Promise<FeedingBatch>;
}

function toCsvRow(batch: FeedingBatch): string {
  const notes = `"${batch.notes.replaceAll('"', '""')}"`;
  return [batch.id, batch.jar, batch.hydrationPct, batch.peakHours.toFixed(1), notes].join(',');
}

class FermentationLogExporter {
  constructor(private readonly store: BatchStore) {}

  async exportCsv(ids: string[]): Promise<string> {
    const loads = ids.map((id) => this.store.load(id));
    const rows = ['id,jar,hydration_pct,peak_hours,notes'];
    for (const load of loads) {
      rows.push(toCsvRow(await load));
    }
    return rows.join('\n');
  }
}

const batches: Record<string, FeedingBatch> = {
  b1: { id: 'b1', jar: 'rye-mother', hydrationPct: 100, peakHours: 5.5, notes: 'warm kitchen' },
  b2: { id: 'b2', jar: 'rye-mother', hydrationPct: 80, peakHours: 7.25, notes: 'stiff, "nutty" smell' },
  b3: { id: 'b3', jar: 'white-levain', hydrationPct: 125, peakHours: 3.9, notes: '' },
};

describe('FermentationLogExporter', () => {
  let store: BatchStore;

  beforeEach(() => {
    store = {
      load: vi.fn(async (id: string) => {
        const batch = batches[id];
        if (!batch) throw new Error(`batch ${id} not found`);
        return batch;
      }),
    };
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('writes a header and one row per batch in the requested order', async () => {
    const csv = await new FermentationLogExporter(store).exportCsv(['b3', 'b1']);
    expect(csv.split('\n')).toEqual([
      'id,jar,hydration_pct,peak_hours,notes',
      'b3,white-levain,125,3.9,""',
      'b1,rye-mother,100,5.5,"warm kitchen"',
    ]);
  });

  it('escapes quotes inside notes', async () => {
    const csv = await new FermentationLogExporter(store).exportCsv(['b2']);
    expect(csv).toContain('"stiff, ""nutty"" smell"');
  });

  it('loads every batch exactly once', async () => {
    await new FermentationLogExporter(store).exportCsv(['b1', 'b2', 'b3']);
    expect(store.load).toHaveBeenCalledTimes(3);
  });

  it('fails when a batch is missing', async () => {
    await expect(new FermentationLogExporter(store).exportCsv(['missing'])).rejects.toThrow('batch missing not found');
  });
});
