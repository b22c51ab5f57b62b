// expect: none
// Values written inside 'vented' / 'done' listeners and a .then callback are read only after awaiting events.once() or that promise, so they are always populated when checked.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter, once } from "node:events";

interface SteamCycle {
  basket: string;
  minutes: number;
  peakTempC: number;
}

class FakeSteamer extends EventEmitter {
  tempC = 20;

  start(basket: string, minutes: number): void {
    let elapsed = 0;
    const tick = setInterval(() => {
      elapsed += 1;
      this.tempC = Math.min(100, this.tempC + 30);
      if (elapsed === 2) this.emit("vented", { basket, atMinute: elapsed });
      if (elapsed >= minutes) {
        clearInterval(tick);
        const cycle: SteamCycle = { basket, minutes, peakTempC: this.tempC };
        this.emit("done", cycle);
      }
    }, 2);
  }
}

async function recipeMinutes(filling: string): Promise<number> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  return filling === "shrimp" ? 6 : 10;
}

describe("steamer cycle", () => {
  let steamer: FakeSteamer;

  beforeEach(() => {
    steamer = new FakeSteamer();
  });

  it("vents before finishing and records the peak", async () => {
    let ventedAt = -1;
    let finished: SteamCycle | undefined;
    steamer.on("vented", (e: { atMinute: number }) => {
      ventedAt = e.atMinute;
    });
    steamer.on("done", (c: SteamCycle) => {
      finished = c;
    });

    const done = once(steamer, "done");
    steamer.start("har-gow", 4);
    await done;

    assert.equal(ventedAt, 2);
    assert.ok(finished, "done listener ran before once() resolved");
    assert.equal(finished.peakTempC, 100);
  });

  it("uses the recipe time resolved through then()", async () => {
    let minutes = 0;
    const lookup = recipeMinutes("shrimp").then((m) => {
      minutes = m;
    });
    await lookup;
    assert.equal(minutes, 6);

    const done = once(steamer, "done");
    steamer.start("shrimp", minutes);
    const [cycle] = (await done) as [SteamCycle];
    assert.equal(cycle.minutes, 6);
  });

  it("heats monotonically", async () => {
    const temps: number[] = [];
    steamer.on("vented", () => temps.push(steamer.tempC));
    const done = once(steamer, "done");
    steamer.start("siu-mai", 3);
    await done;
    temps.push(steamer.tempC);
    assert.deepEqual(temps, [80, 100]);
  });
});
