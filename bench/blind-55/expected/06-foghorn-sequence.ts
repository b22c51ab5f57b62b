// expect: none
// Correct: the blast sequence is a list of thunks that are each called before being awaited, and the in-flight promise shared between callers is the result of a real call.
export interface HornPattern {
  blasts: number;
  blastMs: number;
  gapMs: number;
}

export type Visibility = "clear" | "haze" | "fog" | "dense-fog";

declare const hornController: {
  chargeReservoir(hornId: string, bar: number): Promise<void>;
  openValve(hornId: string, ms: number): Promise<void>;
  ventReservoir(hornId: string): Promise<void>;
  pressure(hornId: string): Promise<number>;
};
declare const harbourLog: { info(msg: string, data?: object): void };

const PATTERNS: Record<Visibility, HornPattern | null> = {
  clear: null,
  haze: { blasts: 1, blastMs: 2_000, gapMs: 0 },
  fog: { blasts: 2, blastMs: 2_500, gapMs: 1_500 },
  "dense-fog": { blasts: 3, blastMs: 3_000, gapMs: 1_000 },
};

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

type Step = () => Promise<void>;

export class FogHornSequencer {
  private sounding: Promise<void> | undefined;

  constructor(private readonly hornId: string) {}

  private buildSteps(pattern: HornPattern): Step[] {
    const steps: Step[] = [() => hornController.chargeReservoir(this.hornId, 6.5)];
    for (let i = 0; i < pattern.blasts; i++) {
      steps.push(() => hornController.openValve(this.hornId, pattern.blastMs));
      if (i < pattern.blasts - 1 && pattern.gapMs > 0) {
        steps.push(() => pause(pattern.gapMs));
      }
    }
    return steps;
  }

  private async runPattern(pattern: HornPattern): Promise<void> {
    const steps = this.buildSteps(pattern);
    try {
      for (const step of steps) {
        await step();
      }
    } finally {
      await hornController.ventReservoir(this.hornId);
    }
  }

  sound(visibility: Visibility): Promise<void> {
    const pattern = PATTERNS[visibility];
    if (!pattern) return Promise.resolve();
    if (this.sounding === undefined) {
      this.sounding = this.runPattern(pattern).finally(() => {
        this.sounding = undefined;
      });
    }
    return this.sounding;
  }

  async selfTest(): Promise<boolean> {
    await hornController.chargeReservoir(this.hornId, 2);
    const bar = await hornController.pressure(this.hornId);
    await hornController.ventReservoir(this.hornId);
    harbourLog.info("horn self-test", { hornId: this.hornId, bar });
    return bar >= 1.8;
  }
}
