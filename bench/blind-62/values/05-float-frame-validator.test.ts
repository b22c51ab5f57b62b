// expect: no-promise-as-value
// one test asserts assert.ok(validator.withinBridgeLimits(...)) without awaiting, so it checks a Promise object and passes even when the float is too heavy
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface FloatFrame {
  floatId: string;
  lengthM: number;
  widthM: number;
  heightM: number;
  axles: number;
  grossKg: number;
}

interface RouteLimits {
  maxHeightM: number;
  maxWidthM: number;
  bridgeMaxAxleKg: number;
}

class FrameValidator {
  constructor(private readonly lookupLimits: (routeId: string) => Promise<RouteLimits>) {}

  async withinBridgeLimits(frame: FloatFrame, routeId: string): Promise<boolean> {
    const limits = await this.lookupLimits(routeId);
    return frame.grossKg / frame.axles <= limits.bridgeMaxAxleKg;
  }

  async clearanceProblems(frame: FloatFrame, routeId: string): Promise<string[]> {
    const limits = await this.lookupLimits(routeId);
    const problems: string[] = [];
    if (frame.heightM > limits.maxHeightM) {
      problems.push(`height ${frame.heightM}m exceeds ${limits.maxHeightM}m`);
    }
    if (frame.widthM > limits.maxWidthM) {
      problems.push(`width ${frame.widthM}m exceeds ${limits.maxWidthM}m`);
    }
    return problems;
  }
}

const harbourRoute: RouteLimits = { maxHeightM: 5.2, maxWidthM: 4, bridgeMaxAxleKg: 3_500 };

function frame(overrides: Partial<FloatFrame> = {}): FloatFrame {
  return {
    floatId: "dragon-01",
    lengthM: 9,
    widthM: 3.2,
    heightM: 4.8,
    axles: 2,
    grossKg: 6_200,
    ...overrides,
  };
}

describe("parade float frame validation", () => {
  let validator: FrameValidator;
  let lookups: string[];

  beforeEach(() => {
    lookups = [];
    validator = new FrameValidator(async (routeId) => {
      lookups.push(routeId);
      return harbourRoute;
    });
  });

  it("accepts a standard two-axle dragon float", async () => {
    assert.equal(await validator.withinBridgeLimits(frame(), "harbour"), true);
    assert.deepEqual(lookups, ["harbour"]);
  });

  it("flags a float that is too tall for the harbour underpass", async () => {
    const problems = await validator.clearanceProblems(frame({ heightM: 5.6 }), "harbour");
    assert.deepEqual(problems, ["height 5.6m exceeds 5.2m"]);
  });

  it("spreads a heavy float across a third axle", async () => {
    const heavy = frame({ floatId: "castle-07", grossKg: 9_900, axles: 3 });
    assert.ok(validator.withinBridgeLimits(heavy, "harbour"));
    const problems = await validator.clearanceProblems(heavy, "harbour");
    assert.equal(problems.length, 0);
  });

  it("rejects a two-axle float over the bridge limit", async () => {
    const result = await validator.withinBridgeLimits(frame({ grossKg: 7_400 }), "harbour");
    assert.equal(result, false);
  });

  it("reports width and height together", async () => {
    const problems = await validator.clearanceProblems(frame({ heightM: 5.5, widthM: 4.4 }), "harbour");
    assert.equal(problems.length, 2);
  });
});
