// expect: no-multiple-settle
// nextReading resolves on the first 'reading' but never clears its timeout, so the timer later calls reject on an already-resolved promise.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";

interface RawFrame {
  hiveId: string;
  weightGrams: number;
  broodTempC: number;
  humidityPct: number;
  at: number;
}

interface HiveReading {
  hiveId: string;
  weightKg: number;
  broodTempC: number;
  humidityPct: number;
  swarmRisk: boolean;
}

class HiveTelemetry extends EventEmitter {
  private lastWeight = new Map<string, number>();

  constructor(private readonly bus: EventEmitter) {
    super();
    this.bus.on("frame", (frame: RawFrame) => this.ingest(frame));
  }

  private ingest(frame: RawFrame): void {
    const weightKg = frame.weightGrams / 1000;
    const previous = this.lastWeight.get(frame.hiveId);
    this.lastWeight.set(frame.hiveId, weightKg);
    const suddenDrop = previous !== undefined && previous - weightKg > 1.5;
    const reading: HiveReading = {
      hiveId: frame.hiveId,
      weightKg,
      broodTempC: frame.broodTempC,
      humidityPct: frame.humidityPct,
      swarmRisk: suddenDrop && frame.broodTempC > 35.5,
    };
    this.emit("reading", reading);
  }

  detach(): void {
    this.bus.removeAllListeners("frame");
  }
}

function nextReading(telemetry: HiveTelemetry, timeoutMs = 500): Promise<HiveReading> {
  return new Promise<HiveReading>((resolve, reject) => {
    setTimeout(() => {
      reject(new Error(`no hive reading within ${timeoutMs}ms`));
    }, timeoutMs);
    telemetry.once("reading", (reading: HiveReading) => resolve(reading));
  });
}

function frame(overrides: Partial<RawFrame> = {}): RawFrame {
  return {
    hiveId: "H-07",
    weightGrams: 42_300,
    broodTempC: 34.8,
    humidityPct: 61,
    at: Date.now(),
    ...overrides,
  };
}

describe("HiveTelemetry", () => {
  let bus: EventEmitter;
  let telemetry: HiveTelemetry;

  beforeEach(() => {
    bus = new EventEmitter();
    telemetry = new HiveTelemetry(bus);
  });

  afterEach(() => {
    telemetry.detach();
  });

  it("converts grams to kilograms", async () => {
    const pending = nextReading(telemetry);
    bus.emit("frame", frame({ weightGrams: 38_250 }));
    const reading = await pending;
    assert.equal(reading.weightKg, 38.25);
    assert.equal(reading.swarmRisk, false);
  });

  it("flags swarm risk on a sudden weight drop with warm brood", async () => {
    bus.emit("frame", frame({ weightGrams: 45_000 }));
    const pending = nextReading(telemetry);
    bus.emit("frame", frame({ weightGrams: 42_900, broodTempC: 36.1 }));
    const reading = await pending;
    assert.equal(reading.swarmRisk, true);
  });

  it("does not flag a drop when the brood is cool", async () => {
    bus.emit("frame", frame({ weightGrams: 45_000 }));
    const pending = nextReading(telemetry);
    bus.emit("frame", frame({ weightGrams: 42_900, broodTempC: 33.0 }));
    const reading = await pending;
    assert.equal(reading.swarmRisk, false);
  });

  it("tracks hives independently", async () => {
    bus.emit("frame", frame({ hiveId: "H-01", weightGrams: 50_000 }));
    const pending = nextReading(telemetry);
    bus.emit("frame", frame({ hiveId: "H-02", weightGrams: 30_000, broodTempC: 36.4 }));
    const reading = await pending;
    assert.equal(reading.hiveId, "H-02");
    assert.equal(reading.swarmRisk, false);
  });
});
