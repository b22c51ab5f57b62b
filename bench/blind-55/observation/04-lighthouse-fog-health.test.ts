// expect: none
// Correct: checkAllStations inspects every Promise.allSettled result's status before touching value or reason, and the tests await every assertion on a promise.
import { describe, it } from "node:test";
import assert from "node:assert/strict";

export interface FogSignalStatus {
  stationId: string;
  compressorBar: number;
  lastBlastAt: number;
  lensHeaterOn: boolean;
}

export interface StationHealth {
  stationId: string;
  healthy: boolean;
  detail: string;
}

export type StatusProbe = (stationId: string) => Promise<FogSignalStatus>;

const MAX_SILENCE_MS = 5 * 60_000;

function assess(status: FogSignalStatus, now: number): StationHealth {
  if (status.compressorBar < 4) {
    return { stationId: status.stationId, healthy: false, detail: `low compressor ${status.compressorBar} bar` };
  }
  if (now - status.lastBlastAt > MAX_SILENCE_MS) {
    return { stationId: status.stationId, healthy: false, detail: "signal silent" };
  }
  return { stationId: status.stationId, healthy: true, detail: "ok" };
}

export async function checkAllStations(stationIds: string[], probe: StatusProbe, now = Date.now()): Promise<StationHealth[]> {
  const settled = await Promise.allSettled(stationIds.map((id) => probe(id)));
  return settled.map((result, i) => {
    if (result.status === "fulfilled") {
      return assess(result.value, now);
    }
    const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
    return { stationId: stationIds[i], healthy: false, detail: `unreachable: ${reason}` };
  });
}

function fakeProbe(table: Record<string, FogSignalStatus | Error>): StatusProbe {
  return async (stationId) => {
    const entry = table[stationId];
    if (entry === undefined) throw new Error(`unknown station ${stationId}`);
    if (entry instanceof Error) throw entry;
    return entry;
  };
}

const NOW = 1_700_000_000_000;

describe("checkAllStations", () => {
  it("marks reachable stations by their readings", async () => {
    const probe = fakeProbe({
      "cape-north": { stationId: "cape-north", compressorBar: 6.2, lastBlastAt: NOW - 30_000, lensHeaterOn: true },
      "gull-rock": { stationId: "gull-rock", compressorBar: 3.1, lastBlastAt: NOW - 30_000, lensHeaterOn: true },
    });
    const health = await checkAllStations(["cape-north", "gull-rock"], probe, NOW);
    assert.deepEqual(
      health.map((h) => h.healthy),
      [true, false],
    );
    assert.match(health[1].detail, /low compressor/);
  });

  it("reports unreachable stations without failing the sweep", async () => {
    const probe = fakeProbe({
      "cape-north": { stationId: "cape-north", compressorBar: 6.2, lastBlastAt: NOW - 1_000, lensHeaterOn: false },
      "skerry-light": new Error("radio link down"),
    });
    const health = await checkAllStations(["cape-north", "skerry-light", "ghost-isle"], probe, NOW);
    assert.equal(health.length, 3);
    assert.equal(health[1].detail, "unreachable: radio link down");
    assert.equal(health[2].detail, "unreachable: unknown station ghost-isle");
  });

  it("flags a station whose horn has been silent too long", async () => {
    const probe = fakeProbe({
      "cape-north": { stationId: "cape-north", compressorBar: 7, lastBlastAt: NOW - MAX_SILENCE_MS - 1, lensHeaterOn: true },
    });
    const [only] = await checkAllStations(["cape-north"], probe, NOW);
    assert.equal(only.detail, "signal silent");
  });

  it("propagates probe errors when called directly", async () => {
    await assert.rejects(fakeProbe({})("nowhere"), /unknown station/);
  });
});
