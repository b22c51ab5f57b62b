// expect: no-uncalled-async-function
// Bug: ensureSynced() tests the async method reference mat.isClockSynced for truthiness instead of awaiting its result, so the clock is never re-synced before a test.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface ChipRead {
  bib: number;
  chipId: string;
  matId: string;
  at: number; // ms since gun
}

class TimingMat {
  private offsetMs = 0;
  private synced = false;
  readonly reads: ChipRead[] = [];

  constructor(readonly matId: string, private readonly drift: number) {}

  async isClockSynced(): Promise<boolean> {
    await new Promise((r) => setImmediate(r));
    return this.synced;
  }

  async syncClock(referenceMs: number): Promise<void> {
    await new Promise((r) => setImmediate(r));
    this.offsetMs = referenceMs - (referenceMs + this.drift);
    this.synced = true;
  }

  record(bib: number, chipId: string, rawMs: number): ChipRead {
    const read = { bib, chipId, matId: this.matId, at: rawMs + this.drift + this.offsetMs };
    this.reads.push(read);
    return read;
  }

  desync(): void {
    this.synced = false;
    this.offsetMs = 0;
  }
}

async function ensureSynced(mat: TimingMat, referenceMs: number): Promise<void> {
  if (!mat.isClockSynced) {
    await mat.syncClock(referenceMs);
  }
}

function splitTime(a: ChipRead, b: ChipRead): number {
  return b.at - a.at;
}

describe("timing mats", () => {
  let start: TimingMat;
  let halfway: TimingMat;

  beforeEach(async () => {
    start = new TimingMat("start", 0);
    halfway = new TimingMat("21k", 180);
    await ensureSynced(start, 0);
    await ensureSynced(halfway, 0);
  });

  it("computes a split across two mats", () => {
    const a = start.record(1042, "A1B2", 12_000);
    const b = halfway.record(1042, "A1B2", 4_512_000);
    assert.equal(splitTime(a, b), 4_500_000);
  });

  it("keeps reads in the order they arrive", () => {
    halfway.record(7, "C3", 3_900_000);
    halfway.record(3, "D4", 3_850_000);
    assert.deepEqual(halfway.reads.map((r) => r.bib), [7, 3]);
  });

  it("re-syncs a mat that lost its clock", async () => {
    halfway.desync();
    await ensureSynced(halfway, 0);
    assert.equal(await halfway.isClockSynced(), true);
  });
});
