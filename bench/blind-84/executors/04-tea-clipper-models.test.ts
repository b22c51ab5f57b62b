// expect: none
// The Promise.withResolvers deferred is settled by a 'rigged' once-listener and an 'error' once-listener that each remove the other, and a synchronous throw from begin() rejects after removing both.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";

export interface RiggingPlan {
  hull: string;
  masts: 3 | 4;
  shroudsPerMast: number;
  threadGauge: number;
}

export interface RiggedHull {
  hull: string;
  linesTied: number;
  minutes: number;
}

export interface RiggingStation extends EventEmitter {
  begin(plan: RiggingPlan): void;
}

export function rigModel(station: RiggingStation, plan: RiggingPlan): Promise<RiggedHull> {
  const { promise, resolve, reject } = Promise.withResolvers<RiggedHull>();

  const onRigged = (hull: RiggedHull) => {
    station.off("error", onError);
    resolve(hull);
  };
  const onError = (err: Error) => {
    station.off("rigged", onRigged);
    reject(err);
  };

  station.once("rigged", onRigged);
  station.once("error", onError);

  try {
    station.begin(plan);
  } catch (err) {
    station.off("rigged", onRigged);
    station.off("error", onError);
    reject(err);
  }
  return promise;
}

class FakeStation extends EventEmitter implements RiggingStation {
  constructor(private readonly behaviour: "ok" | "snap" | "jam") {
    super();
  }

  begin(plan: RiggingPlan): void {
    if (this.behaviour === "jam") throw new Error("thread feeder jammed");
    const lines = plan.masts * plan.shroudsPerMast * 2;
    setImmediate(() => {
      if (this.behaviour === "snap") this.emit("error", new Error(`line snapped on ${plan.hull}`));
      else this.emit("rigged", { hull: plan.hull, linesTied: lines, minutes: lines * 3 });
    });
  }
}

const cuttySark: RiggingPlan = { hull: "Cutty Sark 1:96", masts: 3, shroudsPerMast: 6, threadGauge: 0.2 };

test("resolves with the rigged hull", async () => {
  const station = new FakeStation("ok");
  const hull = await rigModel(station, cuttySark);
  assert.equal(hull.linesTied, 36);
  assert.equal(station.listenerCount("error"), 0);
  assert.equal(station.listenerCount("rigged"), 0);
});

test("rejects when a line snaps and detaches the success listener", async () => {
  const station = new FakeStation("snap");
  await assert.rejects(rigModel(station, cuttySark), /line snapped/);
  assert.equal(station.listenerCount("rigged"), 0);
});

test("rejects when the station throws synchronously", async () => {
  const station = new FakeStation("jam");
  await assert.rejects(rigModel(station, { ...cuttySark, masts: 4 }), /jammed/);
  assert.equal(station.listenerCount("error"), 0);
  assert.equal(station.listenerCount("rigged"), 0);
});
