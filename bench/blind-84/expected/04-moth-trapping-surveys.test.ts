// expect: none
// pollUntil() receives a factory and calls check() on every iteration, so each poll is a fresh request rather than a re-await of the first one.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

export interface TrapNight {
  trapId: string;
  lampType: "MV" | "actinic" | "LED";
  catches: Array<{ species: string; count: number }>;
  emptiedAt?: string;
}

export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  { intervalMs, attempts }: { intervalMs: number; attempts: number },
): Promise<T> {
  for (let i = 1; i <= attempts; i++) {
    const value = await check();
    if (value !== undefined) return value;
    if (i < attempts) await sleep(intervalMs);
  }
  throw new Error(`condition not met after ${attempts} attempts`);
}

export function totalMacros(night: TrapNight, microSpecies: ReadonlySet<string>): number {
  return night.catches
    .filter((c) => !microSpecies.has(c.species))
    .reduce((sum, c) => sum + c.count, 0);
}

class FakeTrapService {
  calls = 0;
  constructor(private readonly readyAfter: number, private readonly night: TrapNight) {}

  async fetchNight(trapId: string): Promise<TrapNight | undefined> {
    this.calls++;
    await sleep(1);
    if (trapId !== this.night.trapId) throw new Error(`unknown trap ${trapId}`);
    return this.calls >= this.readyAfter ? { ...this.night, emptiedAt: "2024-07-14T05:10:00Z" } : undefined;
  }
}

const garden: TrapNight = {
  trapId: "robinson-02",
  lampType: "MV",
  catches: [
    { species: "Large Yellow Underwing", count: 14 },
    { species: "Elephant Hawk-moth", count: 3 },
    { species: "Light Brown Apple Moth", count: 6 },
  ],
};

describe("pollUntil against the trap service", () => {
  it("keeps polling until the trap has been emptied", async () => {
    const service = new FakeTrapService(3, garden);
    const night = await pollUntil(() => service.fetchNight("robinson-02"), { intervalMs: 2, attempts: 5 });
    assert.equal(service.calls, 3);
    assert.equal(night.emptiedAt, "2024-07-14T05:10:00Z");
  });

  it("gives up after the configured number of attempts", async () => {
    const service = new FakeTrapService(10, garden);
    await assert.rejects(
      pollUntil(() => service.fetchNight("robinson-02"), { intervalMs: 1, attempts: 4 }),
      /after 4 attempts/,
    );
    assert.equal(service.calls, 4);
  });

  it("surfaces errors from the check immediately", async () => {
    const service = new FakeTrapService(1, garden);
    await assert.rejects(
      pollUntil(() => service.fetchNight("skinner-11"), { intervalMs: 1, attempts: 3 }),
      /unknown trap skinner-11/,
    );
    assert.equal(service.calls, 1);
  });

  it("counts macro-moths only", () => {
    const micros = new Set(["Light Brown Apple Moth"]);
    assert.equal(totalMacros(garden, micros), 17);
  });
});
