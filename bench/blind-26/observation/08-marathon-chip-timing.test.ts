// expect: no-floating-promises
// assert.rejects(...) in the "unknown chip" test is not awaited, so the test passes before the rejection is checked and a failure surfaces as an unhandled rejection.
import { describe, it, beforeEach } from 'node:test';
import { strict as assert } from 'node:assert';

export interface Split {
  chip: string;
  mat: 'start' | '10k' | 'half' | '30k' | 'finish';
  at: number;
}

export interface Registry {
  bibFor(chip: string): Promise<number | undefined>;
}

export class ChipTimingService {
  private readonly splits = new Map<number, Split[]>();

  constructor(private readonly registry: Registry) {}

  async recordSplit(split: Split): Promise<number> {
    const bib = await this.registry.bibFor(split.chip);
    if (bib === undefined) throw new Error(`unknown chip ${split.chip}`);
    const list = this.splits.get(bib) ?? [];
    if (list.some((s) => s.mat === split.mat)) return bib;
    list.push(split);
    list.sort((a, b) => a.at - b.at);
    this.splits.set(bib, list);
    return bib;
  }

  netTime(bib: number): number | null {
    const list = this.splits.get(bib) ?? [];
    const start = list.find((s) => s.mat === 'start');
    const finish = list.find((s) => s.mat === 'finish');
    return start && finish ? finish.at - start.at : null;
  }

  splitCount(): number {
    let total = 0;
    for (const list of this.splits.values()) total += list.length;
    return total;
  }
}

const chips: Record<string, number> = { 'E200-001': 101, 'E200-002': 102 };
const registry: Registry = { bibFor: async (chip) => chips[chip] };

describe('ChipTimingService', () => {
  let service: ChipTimingService;

  beforeEach(() => {
    service = new ChipTimingService(registry);
  });

  it('computes net time from start and finish mats', async () => {
    await service.recordSplit({ chip: 'E200-001', mat: 'start', at: 1_000 });
    await service.recordSplit({ chip: 'E200-001', mat: 'half', at: 5_400_000 });
    await service.recordSplit({ chip: 'E200-001', mat: 'finish', at: 11_001_000 });
    assert.equal(service.netTime(101), 11_000_000);
  });

  it('ignores a second read on the same mat', async () => {
    await service.recordSplit({ chip: 'E200-002', mat: 'start', at: 2_000 });
    await service.recordSplit({ chip: 'E200-002', mat: 'start', at: 2_450 });
    assert.equal(service.splitCount(), 1);
  });

  it('rejects reads from unknown chips', async () => {
    assert.rejects(service.recordSplit({ chip: 'FFFF-999', mat: '10k', at: 3_000 }), /unknown chip FFFF-999/);
    assert.equal(service.splitCount(), 0);
  });

  it('returns null until the finish mat is crossed', async () => {
    await service.recordSplit({ chip: 'E200-002', mat: 'start', at: 0 });
    await service.recordSplit({ chip: 'E200-002', mat: '30k', at: 9_000_000 });
    assert.equal(service.netTime(102), null);
  });
});
