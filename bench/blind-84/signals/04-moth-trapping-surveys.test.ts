// expect: none
// collectTrapNight() forwards its signal to every download and to the pacing delay, and the tests check that an abort surfaces as an AbortError rather than partial results.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

interface TrapDownload {
  trapId: string;
  records: Array<{ species: string; count: number }>;
}

interface TrapClient {
  download(trapId: string, opts: { signal?: AbortSignal }): Promise<TrapDownload>;
}

export async function collectTrapNight(
  client: TrapClient,
  trapIds: string[],
  { signal, paceMs = 5 }: { signal: AbortSignal; paceMs?: number },
): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const trapId of trapIds) {
    signal.throwIfAborted();
    const { records } = await client.download(trapId, { signal });
    for (const r of records) totals.set(r.species, (totals.get(r.species) ?? 0) + r.count);
    await delay(paceMs, undefined, { signal });
  }
  return totals;
}

function fakeClient(latencyMs: number): TrapClient & { started: string[] } {
  const started: string[] = [];
  return {
    started,
    async download(trapId, { signal }) {
      started.push(trapId);
      await delay(latencyMs, undefined, { signal });
      return {
        trapId,
        records: [
          { species: "Heart and Dart", count: 4 },
          { species: trapId.endsWith("2") ? "Buff Ermine" : "Common Footman", count: 2 },
        ],
      };
    },
  };
}

describe("collectTrapNight", () => {
  it("sums species across all traps", async () => {
    const client = fakeClient(1);
    const totals = await collectTrapNight(client, ["wood-1", "wood-2"], { signal: new AbortController().signal });
    assert.equal(totals.get("Heart and Dart"), 8);
    assert.equal(totals.get("Buff Ermine"), 2);
    assert.equal(totals.get("Common Footman"), 2);
  });

  it("rejects with AbortError when cancelled mid-download", async () => {
    const client = fakeClient(50);
    const controller = new AbortController();
    const run = collectTrapNight(client, ["heath-1", "heath-2", "heath-3"], { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(run, { name: "AbortError" });
    assert.deepEqual(client.started, ["heath-1"]);
  });

  it("does not start any download when the signal is already aborted", async () => {
    const client = fakeClient(1);
    await assert.rejects(
      collectTrapNight(client, ["marsh-1"], { signal: AbortSignal.abort() }),
      { name: "AbortError" },
    );
    assert.deepEqual(client.started, []);
  });
});
