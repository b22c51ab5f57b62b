// expect: none
// The SEQUENCES table deliberately stores step functions; switchMode calls the chosen step and returns the chained promise.
export type Mode = 'idle' | 'normal' | 'congestion' | 'smoke-extract';

interface FanBank {
  readonly fanIds: string[];
  setSpeed(fanId: string, pct: number, reverse?: boolean): Promise<void>;
  readCo(): number; // ppm, latest cached sample
  readVisibility(): number; // extinction coefficient, 1/km
}

type Step = (bank: FanBank) => Promise<void>;

async function allFans(bank: FanBank, pct: number, reverse = false): Promise<void> {
  await Promise.all(bank.fanIds.map((id) => bank.setSpeed(id, pct, reverse)));
}

async function staggeredStart(bank: FanBank, pct: number): Promise<void> {
  // Jet fans draw heavy inrush current; bring them up in pairs.
  for (let i = 0; i < bank.fanIds.length; i += 2) {
    await Promise.all(bank.fanIds.slice(i, i + 2).map((id) => bank.setSpeed(id, pct)));
  }
}

const SEQUENCES: Record<Mode, Step> = {
  idle: (bank) => allFans(bank, 0),
  normal: (bank) => staggeredStart(bank, 35),
  congestion: (bank) => staggeredStart(bank, 70),
  'smoke-extract': (bank) => allFans(bank, 100, true),
};

export class VentilationController {
  private mode: Mode = 'idle';
  private current: Promise<void> = Promise.resolve();
  private sampler?: ReturnType<typeof setInterval>;

  constructor(
    private readonly bank: FanBank,
    private readonly onRecommendation: (mode: Mode) => void,
  ) {}

  get activeMode(): Mode {
    return this.mode;
  }

  switchMode(mode: Mode): Promise<void> {
    const step = SEQUENCES[mode];
    const run = this.current
      .catch(() => undefined)
      .then(() => step(this.bank))
      .then(() => {
        this.mode = mode;
      });
    this.current = run;
    return run;
  }

  startSampling(intervalMs = 5000): void {
    this.stopSampling();
    this.sampler = setInterval(this.sample, intervalMs);
  }

  stopSampling(): void {
    if (this.sampler !== undefined) {
      clearInterval(this.sampler);
      this.sampler = undefined;
    }
  }

  private readonly sample = (): void => {
    const co = this.bank.readCo();
    const visibility = this.bank.readVisibility();
    const recommended: Mode =
      visibility > 9 ? 'smoke-extract' : co > 100 ? 'congestion' : co > 30 ? 'normal' : 'idle';
    if (recommended !== this.mode) {
      this.onRecommendation(recommended);
    }
  };
}
