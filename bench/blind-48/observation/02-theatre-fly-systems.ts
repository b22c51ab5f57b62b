// expect: none
// Correct: the interlock check is started early but both handlers are attached at once, so the stored promise can never reject unobserved.
export interface FlyCue {
  cueNumber: string;
  lineset: number;
  targetTrimM: number;
  speedMs: number;
}

type InterlockOutcome = { ok: true; armedBy: string } | { ok: false; error: unknown };

declare const interlocks: {
  verify(lineset: number): Promise<{ armedBy: string }>;
};

declare const arbors: {
  confirmBalanced(lineset: number): Promise<{ imbalanceKg: number }>;
};

declare const stageManager: {
  standby(cueNumber: string): Promise<void>;
};

declare const winches: {
  move(lineset: number, trimM: number, speedMs: number): Promise<{ finalTrimM: number }>;
};

const MAX_IMBALANCE_KG = 15;
const MAX_SPEED_MS = 1.8;

export class FlyCueRunner {
  private readonly history: Array<{ cue: string; trim: number }> = [];

  async run(cue: FlyCue): Promise<number> {
    if (cue.speedMs > MAX_SPEED_MS) {
      throw new RangeError(`cue ${cue.cueNumber} exceeds ${MAX_SPEED_MS} m/s`);
    }

    const interlockCheck: Promise<InterlockOutcome> = interlocks.verify(cue.lineset).then(
      ({ armedBy }) => ({ ok: true, armedBy }),
      (error: unknown) => ({ ok: false, error }),
    );

    const arbor = await arbors.confirmBalanced(cue.lineset);
    if (Math.abs(arbor.imbalanceKg) > MAX_IMBALANCE_KG) {
      throw new Error(`lineset ${cue.lineset} out of balance by ${arbor.imbalanceKg} kg`);
    }

    await stageManager.standby(cue.cueNumber);

    const interlock = await interlockCheck;
    if (!interlock.ok) {
      throw new Error(`interlock refused lineset ${cue.lineset}`, { cause: interlock.error });
    }

    const { finalTrimM } = await winches.move(cue.lineset, cue.targetTrimM, cue.speedMs);
    this.history.push({ cue: cue.cueNumber, trim: finalTrimM });
    return finalTrimM;
  }

  async runSequence(cues: FlyCue[]): Promise<number[]> {
    const trims: number[] = [];
    for (const cue of cues) {
      trims.push(await this.run(cue));
    }
    return trims;
  }

  lastTrimFor(cueNumber: string): number | undefined {
    return this.history.findLast((h) => h.cue === cueNumber)?.trim;
  }
}
