// expect: none
// Every assertion receives an awaited value, except assert.rejects, which is meant to be given the promise itself.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface Oyster {
  variety: "kumamoto" | "belon" | "pacific" | "olympia";
  sizeMm: number;
}

class ShuckingStation {
  private knifeSharp = true;
  private shucked = 0;
  private readonly brokenShells: Oyster[] = [];

  constructor(readonly stationId: string) {}

  async isReady(): Promise<boolean> {
    await Promise.resolve();
    return this.knifeSharp;
  }

  async shuck(oyster: Oyster): Promise<{ intact: boolean; liquorMl: number }> {
    await Promise.resolve();
    if (!this.knifeSharp) throw new Error(`station ${this.stationId}: knife needs honing`);
    this.shucked += 1;
    if (this.shucked % 40 === 0) this.knifeSharp = false;
    const intact = oyster.variety !== "olympia" || oyster.sizeMm >= 35;
    if (!intact) this.brokenShells.push(oyster);
    return { intact, liquorMl: Math.round(oyster.sizeMm * 0.12 * 10) / 10 };
  }

  async hone(): Promise<void> {
    await Promise.resolve();
    this.knifeSharp = true;
  }

  async breakage(): Promise<number> {
    await Promise.resolve();
    return this.shucked === 0 ? 0 : this.brokenShells.length / this.shucked;
  }
}

describe("ShuckingStation", () => {
  let station: ShuckingStation;
  const pacific: Oyster = { variety: "pacific", sizeMm: 90 };

  beforeEach(() => {
    station = new ShuckingStation("line-2/station-4");
  });

  it("is ready with a fresh knife", async () => {
    assert.ok(await station.isReady());
    assert.equal(await station.breakage(), 0);
  });

  it("keeps the liquor from a large pacific", async () => {
    const result = await station.shuck(pacific);
    assert.deepEqual(result, { intact: true, liquorMl: 10.8 });
  });

  it("counts tiny olympias as breakage", async () => {
    await station.shuck({ variety: "olympia", sizeMm: 30 });
    await station.shuck({ variety: "olympia", sizeMm: 38 });
    assert.equal(await station.breakage(), 0.5);
  });

  it("refuses to shuck until the knife is honed", async () => {
    for (let i = 0; i < 40; i++) await station.shuck(pacific);
    assert.equal(await station.isReady(), false);
    await assert.rejects(station.shuck(pacific), /knife needs honing/);
    await station.hone();
    assert.ok(await station.isReady());
    assert.equal((await station.shuck(pacific)).intact, true);
  });
});
