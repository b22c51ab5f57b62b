// expect: no-promise-as-value
// The "calm morning" test asserts assert.ok(checklist.envelopeReady()) on the un-awaited promise, which is always truthy, so the check can never fail.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface EnvelopeInspection {
  fabricPorosityPct: number;
  partingWebOk: boolean;
  lastInspectedDaysAgo: number;
}

interface BurnerTest {
  pilotLit: boolean;
  pressurePsi: number;
}

interface Conditions {
  surfaceWindKnots: number;
  visibilityKm: number;
}

class LaunchChecklist {
  constructor(
    private readonly inspect: () => Promise<EnvelopeInspection>,
    private readonly burner: () => Promise<BurnerTest>,
    private readonly conditions: () => Promise<Conditions>,
  ) {}

  async envelopeReady(): Promise<boolean> {
    const e = await this.inspect();
    return e.partingWebOk && e.fabricPorosityPct < 40 && e.lastInspectedDaysAgo <= 100;
  }

  async burnerReady(): Promise<boolean> {
    const b = await this.burner();
    return b.pilotLit && b.pressurePsi >= 60 && b.pressurePsi <= 120;
  }

  async weatherReady(): Promise<boolean> {
    const c = await this.conditions();
    return c.surfaceWindKnots <= 8 && c.visibilityKm >= 5;
  }

  async clearedToLaunch(): Promise<{ go: boolean; holds: string[] }> {
    const [envelope, burner, weather] = await Promise.all([
      this.envelopeReady(),
      this.burnerReady(),
      this.weatherReady(),
    ]);
    const holds: string[] = [];
    if (!envelope) holds.push("envelope");
    if (!burner) holds.push("burner");
    if (!weather) holds.push("weather");
    return { go: holds.length === 0, holds };
  }
}

describe("LaunchChecklist", () => {
  let envelope: EnvelopeInspection;
  let burner: BurnerTest;
  let conditions: Conditions;
  let checklist: LaunchChecklist;

  beforeEach(() => {
    envelope = { fabricPorosityPct: 22, partingWebOk: true, lastInspectedDaysAgo: 30 };
    burner = { pilotLit: true, pressurePsi: 90 };
    conditions = { surfaceWindKnots: 4, visibilityKm: 10 };
    checklist = new LaunchChecklist(
      async () => envelope,
      async () => burner,
      async () => conditions,
    );
  });

  it("clears a calm morning with sound equipment", async () => {
    assert.ok(checklist.envelopeReady());
    const result = await checklist.clearedToLaunch();
    assert.deepEqual(result, { go: true, holds: [] });
  });

  it("holds for gusty surface wind", async () => {
    conditions = { surfaceWindKnots: 12, visibilityKm: 10 };
    const result = await checklist.clearedToLaunch();
    assert.deepEqual(result, { go: false, holds: ["weather"] });
  });

  it("holds when the envelope is overdue for inspection", async () => {
    envelope = { ...envelope, lastInspectedDaysAgo: 140 };
    assert.equal(await checklist.envelopeReady(), false);
  });

  it("holds for low burner pressure", async () => {
    burner = { pilotLit: true, pressurePsi: 45 };
    const result = await checklist.clearedToLaunch();
    assert.deepEqual(result.holds, ["burner"]);
  });
});
