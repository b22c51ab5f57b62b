// expect: none
// Correct: each retry calls fillOnce() for a new attempt, while concurrent callers for the same globe intentionally share the single in-flight fill.
import { setTimeout as delay } from "node:timers/promises";

export interface GlobeSpec {
  sku: string;
  volumeMl: number;
  glitter: "silver" | "gold" | "iridescent";
  glycerinRatio: number;
}

export interface FillResult {
  serial: string;
  filledMl: number;
  bubbleMm: number;
  attempts: number;
}

export class AirBubbleError extends Error {
  constructor(readonly serial: string, readonly bubbleMm: number) {
    super(`globe ${serial} sealed with a ${bubbleMm}mm bubble`);
    this.name = "AirBubbleError";
  }
}

declare const fillerHead: {
  dispense(serial: string, ml: number, glycerinRatio: number): Promise<number>;
  dropGlitter(serial: string, kind: GlobeSpec["glitter"]): Promise<void>;
  seal(serial: string): Promise<{ bubbleMm: number }>;
  drain(serial: string): Promise<void>;
};

const MAX_BUBBLE_MM = 2;

export class GlobeFiller {
  private readonly inflight = new Map<string, Promise<FillResult>>();

  constructor(private readonly maxAttempts = 3) {}

  private async fillOnce(serial: string, spec: GlobeSpec): Promise<Omit<FillResult, "attempts">> {
    const filledMl = await fillerHead.dispense(serial, spec.volumeMl, spec.glycerinRatio);
    await fillerHead.dropGlitter(serial, spec.glitter);
    const { bubbleMm } = await fillerHead.seal(serial);
    if (bubbleMm > MAX_BUBBLE_MM) {
      throw new AirBubbleError(serial, bubbleMm);
    }
    return { serial, filledMl, bubbleMm };
  }

  private async fillWithRetry(serial: string, spec: GlobeSpec): Promise<FillResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.fillOnce(serial, spec);
        return { ...result, attempts: attempt };
      } catch (err) {
        if (!(err instanceof AirBubbleError) || attempt >= this.maxAttempts) throw err;
        await fillerHead.drain(serial);
        await delay(300 * attempt);
      }
    }
  }

  fill(serial: string, spec: GlobeSpec): Promise<FillResult> {
    const existing = this.inflight.get(serial);
    if (existing) return existing;
    const job = this.fillWithRetry(serial, spec).finally(() => {
      this.inflight.delete(serial);
    });
    this.inflight.set(serial, job);
    return job;
  }
}

export async function fillTray(filler: GlobeFiller, serials: string[], spec: GlobeSpec): Promise<FillResult[]> {
  const results: FillResult[] = [];
  for (const serial of serials) {
    results.push(await filler.fill(serial, spec));
  }
  return results;
}
