// expect: none
// The stored resolve/reject pair is deleted from the map and its timer cleared before settling, so each ack waiter settles once.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface DispatchOffer {
  offerId: string;
  riderId: string;
  pickup: string;
}

type AckStatus = "accepted" | "declined";

interface Waiter {
  resolve: (status: AckStatus) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

class AckTracker {
  private readonly waiters = new Map<string, Waiter>();

  constructor(private readonly timeoutMs: number) {}

  expect(offer: DispatchOffer): Promise<AckStatus> {
    if (this.waiters.has(offer.offerId)) {
      return Promise.reject(new Error(`offer ${offer.offerId} already pending`));
    }
    return new Promise<AckStatus>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(offer.offerId);
        reject(new Error(`rider ${offer.riderId} did not answer offer ${offer.offerId}`));
      }, this.timeoutMs);
      this.waiters.set(offer.offerId, { resolve, reject, timer });
    });
  }

  acknowledge(offerId: string, status: AckStatus): boolean {
    const waiter = this.waiters.get(offerId);
    if (!waiter) return false;
    this.waiters.delete(offerId);
    clearTimeout(waiter.timer);
    waiter.resolve(status);
    return true;
  }

  cancelAll(reason: string): void {
    for (const [offerId, waiter] of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`offer ${offerId} cancelled: ${reason}`));
    }
    this.waiters.clear();
  }

  get pending(): number {
    return this.waiters.size;
  }
}

describe("AckTracker", () => {
  let tracker: AckTracker;
  const offer: DispatchOffer = { offerId: "o-17", riderId: "r-3", pickup: "Old Market Gate" };

  beforeEach(() => {
    tracker = new AckTracker(50);
  });

  it("resolves with the rider's answer", async () => {
    const answer = tracker.expect(offer);
    assert.equal(tracker.acknowledge("o-17", "accepted"), true);
    assert.equal(await answer, "accepted");
    assert.equal(tracker.pending, 0);
  });

  it("ignores a second acknowledgement for the same offer", async () => {
    const answer = tracker.expect(offer);
    tracker.acknowledge("o-17", "declined");
    assert.equal(tracker.acknowledge("o-17", "accepted"), false);
    assert.equal(await answer, "declined");
  });

  it("rejects when the rider stays silent", async () => {
    await assert.rejects(tracker.expect(offer), /did not answer offer o-17/);
    assert.equal(tracker.pending, 0);
  });

  it("rejects every pending offer on shutdown", async () => {
    const first = tracker.expect(offer);
    const second = tracker.expect({ ...offer, offerId: "o-18" });
    tracker.cancelAll("depot closing");
    await Promise.all([
      assert.rejects(first, /o-17 cancelled: depot closing/),
      assert.rejects(second, /o-18 cancelled: depot closing/),
    ]);
  });

  it("refuses duplicate offers without disturbing the first", async () => {
    const first = tracker.expect(offer);
    const duplicate = tracker.expect(offer);
    tracker.acknowledge("o-17", "accepted");
    const [firstResult, duplicateResult] = await Promise.allSettled([first, duplicate]);
    assert.deepEqual(firstResult, { status: "fulfilled", value: "accepted" });
    assert.equal(duplicateResult.status, "rejected");
  });
});
