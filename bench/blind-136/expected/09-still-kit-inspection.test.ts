// expect: none
// The inspector calls inspect() on every part inside the map and the tests await every returned promise, so each check really runs.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface InspectionResult {
  part: string;
  ok: boolean;
  note?: string;
}

interface KitPart {
  name: string;
  inspect(): Promise<InspectionResult>;
}

class StillKitInspector {
  constructor(private readonly parts: KitPart[]) {}

  async inspectAll(): Promise<{ passed: boolean; failures: InspectionResult[] }> {
    const results = await Promise.all(this.parts.map((p) => p.inspect()));
    const failures = results.filter((r) => !r.ok);
    return { passed: failures.length === 0, failures };
  }

  async inspectSequentially(): Promise<InspectionResult[]> {
    const out: InspectionResult[] = [];
    for (const part of this.parts) {
      out.push(await part.inspect());
    }
    return out;
  }
}

function part(name: string, ok = true, note?: string): KitPart & { inspect: ReturnType<typeof vi.fn> } {
  return { name, inspect: vi.fn(async () => ({ part: name, ok, note })) };
}

describe('StillKitInspector', () => {
  let basin: ReturnType<typeof part>;
  let cover: ReturnType<typeof part>;
  let trough: ReturnType<typeof part>;

  beforeEach(() => {
    basin = part('black basin liner');
    cover = part('tempered glass cover');
    trough = part('collection trough');
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('passes a complete, undamaged kit', async () => {
    const inspector = new StillKitInspector([basin, cover, trough]);
    await expect(inspector.inspectAll()).resolves.toEqual({ passed: true, failures: [] });
    expect(basin.inspect).toHaveBeenCalledTimes(1);
    expect(cover.inspect).toHaveBeenCalledTimes(1);
    expect(trough.inspect).toHaveBeenCalledTimes(1);
  });

  it('reports a cracked cover', async () => {
    const cracked = part('tempered glass cover', false, 'hairline crack at seal');
    const report = await new StillKitInspector([basin, cracked, trough]).inspectAll();
    expect(report.passed).toBe(false);
    expect(report.failures).toEqual([{ part: 'tempered glass cover', ok: false, note: 'hairline crack at seal' }]);
  });

  it('inspects parts in packing order when asked to', async () => {
    const order: string[] = [];
    for (const p of [basin, cover, trough]) {
      p.inspect.mockImplementation(async () => {
        order.push(p.name);
        return { part: p.name, ok: true };
      });
    }
    await new StillKitInspector([basin, cover, trough]).inspectSequentially();
    expect(order).toEqual(['black basin liner', 'tempered glass cover', 'collection trough']);
  });

  it('propagates an inspection crash', async () => {
    trough.inspect.mockRejectedValueOnce(new Error('scale offline'));
    await expect(new StillKitInspector([basin, trough]).inspectAll()).rejects.toThrow('scale offline');
  });
});
