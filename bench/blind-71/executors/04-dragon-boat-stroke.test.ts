// expect: none
// The deferred in waitForStroke settles once: once() listeners for both outcomes, each removing the other, and the timer is cleared.
import { test, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";

interface StrokeSample {
  seat: number;
  rateSpm: number;
  powerWatts: number;
}

class StrokeMeter extends EventEmitter {
  private samples: StrokeSample[] = [];

  feed(sample: StrokeSample): void {
    if (sample.rateSpm <= 0) {
      this.emit("error", new Error(`seat ${sample.seat} reported a stalled stroke`));
      return;
    }
    this.samples.push(sample);
    this.emit("stroke", sample);
  }

  get count(): number {
    return this.samples.length;
  }
}

function waitForStroke(meter: StrokeMeter, timeoutMs: number): Promise<StrokeSample> {
  const { promise, resolve, reject } = Promise.withResolvers<StrokeSample>();

  const onStroke = (sample: StrokeSample) => {
    clearTimeout(timer);
    meter.off("error", onError);
    resolve(sample);
  };
  const onError = (err: Error) => {
    clearTimeout(timer);
    meter.off("stroke", onStroke);
    reject(err);
  };
  const timer = setTimeout(() => {
    meter.off("stroke", onStroke);
    meter.off("error", onError);
    reject(new Error(`no stroke within ${timeoutMs}ms`));
  }, timeoutMs);

  meter.once("stroke", onStroke);
  meter.once("error", onError);
  return promise;
}

let meter: StrokeMeter;

beforeEach(() => {
  meter = new StrokeMeter();
});

afterEach(() => {
  meter.removeAllListeners();
});

test("resolves with the first stroke from the drummer seat", async () => {
  const pending = waitForStroke(meter, 500);
  meter.feed({ seat: 1, rateSpm: 68, powerWatts: 240 });
  meter.feed({ seat: 2, rateSpm: 70, powerWatts: 255 });

  const sample = await pending;
  assert.equal(sample.seat, 1);
  assert.equal(meter.count, 2);
  assert.equal(meter.listenerCount("stroke"), 0);
});

test("rejects when a paddler stalls", async () => {
  const pending = waitForStroke(meter, 500);
  meter.feed({ seat: 7, rateSpm: 0, powerWatts: 0 });

  await assert.rejects(pending, /seat 7 reported a stalled stroke/);
  assert.equal(meter.listenerCount("stroke"), 0);
});

test("times out when the crew is resting", async () => {
  const pending = waitForStroke(meter, 20);
  await assert.rejects(pending, /no stroke within 20ms/);
  assert.equal(meter.listenerCount("error"), 0);
});
