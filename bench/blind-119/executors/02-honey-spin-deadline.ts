// expect: no-multiple-settle
// withDeadline never clears its timer, so after a spin cycle resolves the timeout still fires and calls reject on the already-settled promise.
export interface SpinResult {
  frames: number;
  litres: number;
  durationMs: number;
}

export interface ExtractorDriver {
  loadFrames(count: number): Promise<void>;
  spin(rpm: number, seconds: number): Promise<SpinResult>;
  emergencyStop(): Promise<void>;
}

export interface ExtractionPlan {
  batchId: string;
  frames: number;
  reversals: number;
  rpm: number;
  secondsPerSide: number;
}

function withDeadline<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => reject(new Error(`${label} exceeded ${ms}ms`)), ms);
    work.then(resolve, reject);
  });
}

export class ExtractionLine {
  private running = false;

  constructor(
    private readonly driver: ExtractorDriver,
    private readonly slackMs = 15_000,
  ) {}

  get busy(): boolean {
    return this.running;
  }

  async runBatch(plan: ExtractionPlan): Promise<SpinResult> {
    if (this.running) {
      throw new Error(`extractor busy, cannot start ${plan.batchId}`);
    }
    this.running = true;
    const totals: SpinResult = { frames: plan.frames, litres: 0, durationMs: 0 };
    try {
      await withDeadline(this.driver.loadFrames(plan.frames), 30_000, `${plan.batchId} load`);
      for (let side = 0; side <= plan.reversals; side++) {
        const budget = plan.secondsPerSide * 1000 + this.slackMs;
        const result = await withDeadline(
          this.driver.spin(plan.rpm, plan.secondsPerSide),
          budget,
          `${plan.batchId} spin ${side + 1}`,
        );
        totals.litres += result.litres;
        totals.durationMs += result.durationMs;
      }
      return totals;
    } catch (error) {
      await this.driver.emergencyStop();
      throw error;
    } finally {
      this.running = false;
    }
  }
}

export function planFor(batchId: string, frames: number, viscosity: 'thin' | 'thick'): ExtractionPlan {
  return {
    batchId,
    frames,
    reversals: viscosity === 'thick' ? 3 : 1,
    rpm: viscosity === 'thick' ? 320 : 260,
    secondsPerSide: viscosity === 'thick' ? 240 : 150,
  };
}
