// expect: no-reused-settled-promise
// waitForActivation starts registry.lookup once and re-awaits that same settled promise on every poll, so it never sees a later status.
import { test, describe, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

interface BeaconRecord {
  serial: string;
  owner: string;
  status: "pending" | "active" | "revoked";
  frequencyKHz: number;
}

class FakeRegistry {
  private readonly records = new Map<string, BeaconRecord>();
  lookups = 0;

  register(serial: string, owner: string): void {
    this.records.set(serial, { serial, owner, status: "pending", frequencyKHz: 457 });
    setTimeout(() => {
      const rec = this.records.get(serial);
      if (rec && rec.status === "pending") rec.status = "active";
    }, 30);
  }

  async lookup(serial: string): Promise<BeaconRecord> {
    this.lookups += 1;
    const rec = this.records.get(serial);
    if (!rec) throw new Error(`unknown beacon ${serial}`);
    return { ...rec };
  }
}

async function waitForActivation(
  registry: FakeRegistry,
  serial: string,
  { attempts = 10, intervalMs = 10 } = {},
): Promise<BeaconRecord> {
  const pending = registry.lookup(serial);
  for (let i = 0; i < attempts; i++) {
    const record = await pending;
    if (record.status === "active") return record;
    if (record.status === "revoked") throw new Error(`beacon ${serial} revoked`);
    await sleep(intervalMs);
  }
  throw new Error(`beacon ${serial} not active after ${attempts} checks`);
}

describe("beacon registration", () => {
  let registry: FakeRegistry;

  beforeEach(() => {
    registry = new FakeRegistry();
  });

  test("new beacon becomes active", async () => {
    registry.register("AB-1021", "Hut Rescue Team");
    const record = await waitForActivation(registry, "AB-1021");
    assert.equal(record.status, "active");
    assert.equal(record.frequencyKHz, 457);
  });

  test("unknown serial rejects", async () => {
    await assert.rejects(waitForActivation(registry, "ZZ-0000"), /unknown beacon/);
  });

  test("gives up after the configured attempts", async () => {
    registry.register("AB-2048", "Guide Co-op");
    await assert.rejects(
      waitForActivation(registry, "AB-2048", { attempts: 1, intervalMs: 1 }),
      /not active after 1 checks/,
    );
  });
});
