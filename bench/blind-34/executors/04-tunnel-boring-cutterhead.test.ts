// expect: none
// Deferred from Promise.withResolvers settles once: ready resolves, fault rejects, timeout rejects, and all paths clear the timer and listeners.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";

interface CutterheadStatus {
  rpm: number;
  torqueKnm: number;
}

class FakeCutterhead extends EventEmitter {
  spinUp(target: number, failAt?: number): void {
    let rpm = 0;
    const step = () => {
      rpm += 1;
      if (failAt !== undefined && rpm >= failAt) {
        this.emit("fault", new Error(`bearing overheat at ${rpm} rpm`));
        return;
      }
      if (rpm >= target) {
        this.emit("ready", { rpm, torqueKnm: 4200 } satisfies CutterheadStatus);
        return;
      }
      setImmediate(step);
    };
    setImmediate(step);
  }
}

function waitForSpinUp(head: EventEmitter, timeoutMs: number): Promise<CutterheadStatus> {
  const { promise, resolve, reject } = Promise.withResolvers<CutterheadStatus>();
  const onReady = (status: CutterheadStatus) => {
    cleanup();
    resolve(status);
  };
  const onFault = (err: Error) => {
    cleanup();
    reject(err);
  };
  const timer = setTimeout(() => {
    cleanup();
    reject(new Error(`cutterhead not ready after ${timeoutMs}ms`));
  }, timeoutMs);
  function cleanup() {
    clearTimeout(timer);
    head.off("ready", onReady);
    head.off("fault", onFault);
  }
  head.once("ready", onReady);
  head.once("fault", onFault);
  return promise;
}

describe("cutterhead spin-up", () => {
  test("resolves when target rpm is reached", async () => {
    const head = new FakeCutterhead();
    const ready = waitForSpinUp(head, 1_000);
    head.spinUp(5);
    const status = await ready;
    assert.equal(status.rpm, 5);
    assert.equal(head.listenerCount("ready"), 0);
  });

  test("rejects on bearing fault and detaches listeners", async () => {
    const head = new FakeCutterhead();
    const ready = waitForSpinUp(head, 1_000);
    head.spinUp(10, 3);
    await assert.rejects(ready, /bearing overheat/);
    assert.equal(head.listenerCount("fault"), 0);
  });

  test("rejects when the head never reports", async () => {
    const head = new FakeCutterhead();
    await assert.rejects(waitForSpinUp(head, 20), /not ready after 20ms/);
    assert.equal(head.listenerCount("ready"), 0);
  });
});
