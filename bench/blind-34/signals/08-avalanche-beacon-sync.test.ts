// expect: none
// The test's AbortController signal is passed into syncBeacons, which forwards it to every wait, and the abort surfaces as an AbortError rejection.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

interface BeaconPing {
  serial: string;
  batteryPct: number;
  firmware: string;
}

class FakeRegistryLink {
  constructor(private readonly latencyMs: number) {}

  async push(ping: BeaconPing, signal: AbortSignal): Promise<string> {
    await delay(this.latencyMs, undefined, { signal });
    return `${ping.serial}@${ping.firmware}`;
  }
}

async function syncBeacons(
  link: FakeRegistryLink,
  pings: BeaconPing[],
  signal: AbortSignal,
): Promise<string[]> {
  const accepted: string[] = [];
  for (const ping of pings) {
    signal.throwIfAborted();
    if (ping.batteryPct < 10) continue;
    accepted.push(await link.push(ping, signal));
  }
  return accepted;
}

const PINGS: BeaconPing[] = [
  { serial: "AV-100", batteryPct: 80, firmware: "3.2" },
  { serial: "AV-101", batteryPct: 5, firmware: "3.1" },
  { serial: "AV-102", batteryPct: 64, firmware: "3.2" },
];

describe("beacon registry sync", () => {
  test("skips beacons with flat batteries", async () => {
    const controller = new AbortController();
    const accepted = await syncBeacons(new FakeRegistryLink(1), PINGS, controller.signal);
    assert.deepEqual(accepted, ["AV-100@3.2", "AV-102@3.2"]);
  });

  test("aborting mid-sync rejects with AbortError", async () => {
    const controller = new AbortController();
    const run = syncBeacons(new FakeRegistryLink(50), PINGS, controller.signal);
    controller.abort();
    await assert.rejects(run, { name: "AbortError" });
  });

  test("an already-aborted signal does no work", async () => {
    const link = new FakeRegistryLink(1);
    let pushed = 0;
    link.push = async () => {
      pushed += 1;
      return "x";
    };
    await assert.rejects(syncBeacons(link, PINGS, AbortSignal.abort()), { name: "AbortError" });
    assert.equal(pushed, 0);
  });
});
