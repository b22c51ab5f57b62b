// expect: none
// waitForSwap settles on 'swapped', 'fault' or its timeout, clearing the timer and both listeners on every path; bays emit on setImmediate so waiting after requestSwap is safe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";

interface SwapResult {
  droneId: string;
  bayId: number;
  newChargePct: number;
}

class SwapBay extends EventEmitter {
  private occupied = new Set<number>();

  constructor(private readonly bays: number) {
    super();
  }

  requestSwap(droneId: string, chargePct: number): number {
    for (let bay = 1; bay <= this.bays; bay++) {
      if (!this.occupied.has(bay)) {
        this.occupied.add(bay);
        setImmediate(() => {
          this.occupied.delete(bay);
          if (chargePct < 0) {
            this.emit("fault", droneId, new Error(`drone ${droneId} reported invalid charge`));
            return;
          }
          this.emit("swapped", { droneId, bayId: bay, newChargePct: 100 } satisfies SwapResult);
        });
        return bay;
      }
    }
    throw new Error("no free swap bay");
  }
}

function waitForSwap(bays: SwapBay, droneId: string, timeoutMs = 1_000): Promise<SwapResult> {
  return new Promise<SwapResult>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      bays.off("swapped", onSwapped);
      bays.off("fault", onFault);
    };
    const onSwapped = (result: SwapResult) => {
      if (result.droneId !== droneId) return;
      cleanup();
      resolve(result);
    };
    const onFault = (faultyDrone: string, err: Error) => {
      if (faultyDrone !== droneId) return;
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`swap for ${droneId} timed out`));
    }, timeoutMs);

    bays.on("swapped", onSwapped);
    bays.on("fault", onFault);
  });
}

test("assigns the first free bay", async () => {
  const bays = new SwapBay(2);
  const bay = bays.requestSwap("DR-11", 14);
  assert.equal(bay, 1);
  const result = await waitForSwap(bays, "DR-11");
  assert.deepEqual(result, { droneId: "DR-11", bayId: 1, newChargePct: 100 });
});

test("routes concurrent drones to separate bays", async () => {
  const bays = new SwapBay(2);
  bays.requestSwap("DR-1", 20);
  bays.requestSwap("DR-2", 9);
  const [a, b] = await Promise.all([waitForSwap(bays, "DR-1"), waitForSwap(bays, "DR-2")]);
  assert.notEqual(a.bayId, b.bayId);
});

test("surfaces a bay fault as a rejection", async () => {
  const bays = new SwapBay(1);
  bays.requestSwap("DR-5", -1);
  await assert.rejects(waitForSwap(bays, "DR-5"), /invalid charge/);
});

test("refuses a swap when every bay is busy", async () => {
  const bays = new SwapBay(1);
  bays.requestSwap("DR-8", 30);
  assert.throws(() => bays.requestSwap("DR-9", 30), /no free swap bay/);
  const result = await waitForSwap(bays, "DR-8");
  assert.equal(result.bayId, 1);
});
