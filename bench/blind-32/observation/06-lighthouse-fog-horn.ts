// expect: none
// The event and interval callbacks are synchronous wrappers that attach .catch to the async work they start, so nothing is left floating.
import { EventEmitter } from "node:events";

export type Visibility = "clear" | "haze" | "fog" | "dense-fog";

export interface VisibilityReading {
  stationId: string;
  metres: number;
  at: number;
}

interface HornPattern {
  blastMs: number;
  silenceMs: number;
}

declare const hornController: {
  start(stationId: string, pattern: HornPattern): Promise<void>;
  stop(stationId: string): Promise<void>;
  selfTest(stationId: string): Promise<{ ok: boolean; decibels: number }>;
};

declare const mariners: {
  notice(stationId: string, text: string): Promise<void>;
};

declare const faults: {
  report(stationId: string, err: unknown): void;
};

const PATTERNS: Record<Exclude<Visibility, "clear">, HornPattern> = {
  haze: { blastMs: 2_000, silenceMs: 58_000 },
  fog: { blastMs: 3_000, silenceMs: 27_000 },
  "dense-fog": { blastMs: 5_000, silenceMs: 15_000 },
};

function classify(metres: number): Visibility {
  if (metres >= 5_000) return "clear";
  if (metres >= 2_000) return "haze";
  if (metres >= 500) return "fog";
  return "dense-fog";
}

export class FogHornSupervisor {
  private current: Visibility = "clear";
  private selfTestTimer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly stationId: string, private readonly sensor: EventEmitter) {}

  start(selfTestEveryMs = 6 * 3_600_000): void {
    this.sensor.on("visibility", (reading: VisibilityReading) => {
      this.onReading(reading).catch((err) => faults.report(this.stationId, err));
    });
    this.selfTestTimer = setInterval(() => {
      this.runSelfTest().catch((err) => faults.report(this.stationId, err));
    }, selfTestEveryMs);
  }

  stop(): Promise<void> {
    clearInterval(this.selfTestTimer);
    this.sensor.removeAllListeners("visibility");
    return hornController.stop(this.stationId);
  }

  private async onReading(reading: VisibilityReading): Promise<void> {
    const next = classify(reading.metres);
    if (next === this.current) return;
    const previous = this.current;
    this.current = next;

    if (next === "clear") {
      await hornController.stop(this.stationId);
      await mariners.notice(this.stationId, `Visibility restored (${reading.metres} m); fog signal secured`);
      return;
    }
    await hornController.start(this.stationId, PATTERNS[next]);
    if (previous === "clear") {
      await mariners.notice(this.stationId, `Fog signal in operation, visibility ${reading.metres} m`);
    }
  }

  private async runSelfTest(): Promise<void> {
    if (this.current !== "clear") return;
    const result = await hornController.selfTest(this.stationId);
    if (!result.ok || result.decibels < 120) {
      faults.report(this.stationId, new Error(`horn self-test weak: ${result.decibels} dB`));
    }
  }
}
