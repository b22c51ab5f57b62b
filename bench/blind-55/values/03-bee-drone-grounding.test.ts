// expect: no-promise-as-value
// Bug: the wind-gust test asserts assert.ok(fleet.isGrounded(id)) without awaiting, so it checks a Promise object, which is always truthy, and passes no matter what.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

export interface WeatherSample {
  windKmh: number;
  gustKmh: number;
  rainMmH: number;
  celsius: number;
}

export interface DroneRecord {
  id: string;
  hive: string;
  grounded: boolean;
  reason?: string;
}

export class PollinatorFleet {
  private readonly drones = new Map<string, DroneRecord>();

  constructor(private readonly readWeather: (hive: string) => Promise<WeatherSample>) {}

  register(id: string, hive: string): void {
    this.drones.set(id, { id, hive, grounded: false });
  }

  async applyWeather(hive: string): Promise<number> {
    const w = await this.readWeather(hive);
    let grounded = 0;
    for (const drone of this.drones.values()) {
      if (drone.hive !== hive) continue;
      const reason = groundingReason(w);
      drone.grounded = reason !== null;
      drone.reason = reason ?? undefined;
      if (drone.grounded) grounded += 1;
    }
    return grounded;
  }

  async isGrounded(id: string): Promise<boolean> {
    const drone = this.drones.get(id);
    if (!drone) throw new Error(`unknown drone ${id}`);
    return drone.grounded;
  }
}

export function groundingReason(w: WeatherSample): string | null {
  if (w.gustKmh > 30) return "gusts";
  if (w.windKmh > 22) return "wind";
  if (w.rainMmH > 0.5) return "rain";
  if (w.celsius < 8) return "cold";
  return null;
}

const calm: WeatherSample = { windKmh: 6, gustKmh: 10, rainMmH: 0, celsius: 19 };

describe("PollinatorFleet grounding", () => {
  let weather: WeatherSample;
  let fleet: PollinatorFleet;

  beforeEach(() => {
    weather = { ...calm };
    fleet = new PollinatorFleet(async () => weather);
    fleet.register("bz-01", "orchard-east");
    fleet.register("bz-02", "orchard-east");
    fleet.register("bz-09", "clover-field");
  });

  it("keeps drones flying in calm weather", async () => {
    const grounded = await fleet.applyWeather("orchard-east");
    assert.equal(grounded, 0);
    assert.equal(await fleet.isGrounded("bz-01"), false);
  });

  it("grounds a hive's drones in gusty wind", async () => {
    weather = { ...calm, gustKmh: 41 };
    await fleet.applyWeather("orchard-east");
    assert.ok(fleet.isGrounded("bz-02"));
  });

  it("leaves other hives alone", async () => {
    weather = { ...calm, rainMmH: 3 };
    await fleet.applyWeather("orchard-east");
    assert.equal(await fleet.isGrounded("bz-09"), false);
  });

  it("rejects unknown drones", async () => {
    await assert.rejects(fleet.isGrounded("bz-99"), /unknown drone/);
  });

  it("explains the grounding reason", () => {
    assert.equal(groundingReason({ ...calm, celsius: 4 }), "cold");
    assert.equal(groundingReason(calm), null);
  });
});
