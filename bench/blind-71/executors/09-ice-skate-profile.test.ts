// expect: no-multiple-settle
// readProfileFile's executor listens only for 'data' and 'end'; a read error (missing fixture) leaves the promise pending forever.
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { createReadStream } from "node:fs";
import { join } from "node:path";

interface HollowProfile {
  bladeId: string;
  radiusMm: number;
  edgeAngleDeg: number;
  passes: number;
}

declare function parseProfiles(csv: string): HollowProfile[];
declare function recommendRadius(skaterWeightKg: number, discipline: "hockey" | "figure"): number;

const FIXTURES = join(__dirname, "fixtures", "sharpening");

function readProfileFile(name: string): Promise<string> {
  return new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    const stream = createReadStream(join(FIXTURES, name));
    stream.on("data", (chunk) => {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    });
    stream.on("end", () => {
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
  });
}

describe("hollow grind profiles", () => {
  let hockey: HollowProfile[] = [];
  let figure: HollowProfile[] = [];

  before(async () => {
    hockey = parseProfiles(await readProfileFile("hockey.csv"));
    figure = parseProfiles(await readProfileFile("figure.csv"));
  });

  it("parses every blade in the hockey fixture", () => {
    assert.ok(hockey.length > 0);
    for (const profile of hockey) {
      assert.match(profile.bladeId, /^HK-\d{4}$/);
      assert.ok(profile.passes >= 1);
    }
  });

  it("keeps figure blades within the safe radius band", () => {
    for (const profile of figure) {
      assert.ok(profile.radiusMm >= 9.5 && profile.radiusMm <= 19, `${profile.bladeId} out of band`);
    }
  });

  it("keeps edge angles symmetric within a degree", () => {
    const all = [...hockey, ...figure];
    const skewed = all.filter((p) => Math.abs(p.edgeAngleDeg - 90) > 1);
    assert.deepEqual(skewed.map((p) => p.bladeId), []);
  });

  it("recommends a shallower hollow for heavier hockey players", () => {
    const light = recommendRadius(55, "hockey");
    const heavy = recommendRadius(105, "hockey");
    assert.ok(heavy > light);
  });

  it("recommends deeper hollows for figure than hockey at equal weight", () => {
    assert.ok(recommendRadius(70, "figure") < recommendRadius(70, "hockey"));
  });
});
