// expect: no-unobserved-promise
// startShift kicks off the pattern download, then awaits the multi-second loom warm-up and warp threading before attaching to it, so a failed download is an unhandled rejection.
export interface CanopyPattern {
  orderId: string;
  panels: number;
  picksPerCm: number;
  colourway: string[];
  ribCount: 6 | 8 | 10 | 16;
}

export interface WarpSpec {
  endsPerCm: number;
  yarn: 'polyester-190t' | 'pongee' | 'nylon-taffeta';
  widthCm: number;
}

export interface ShiftPlan {
  loomId: string;
  orderId: string;
  panelsPerHour: number;
  estimatedHours: number;
}

declare const patternStore: {
  fetch(orderId: string): Promise<CanopyPattern>;
};

declare const loomControl: {
  warmUp(loomId: string): Promise<{ tempC: number }>;
  threadWarp(loomId: string, spec: WarpSpec): Promise<void>;
  loadPattern(loomId: string, pattern: CanopyPattern): Promise<void>;
  start(loomId: string, picksPerMinute: number): Promise<void>;
};

declare const shiftBoard: {
  post(plan: ShiftPlan): Promise<void>;
};

const WARP_FOR_RIBS: Record<CanopyPattern['ribCount'], WarpSpec> = {
  6: { endsPerCm: 48, yarn: 'pongee', widthCm: 110 },
  8: { endsPerCm: 52, yarn: 'pongee', widthCm: 120 },
  10: { endsPerCm: 56, yarn: 'polyester-190t', widthCm: 130 },
  16: { endsPerCm: 64, yarn: 'nylon-taffeta', widthCm: 150 },
};

export class LoomShift {
  constructor(
    private readonly loomId: string,
    private readonly picksPerMinute = 420,
    private readonly defaultRibs: CanopyPattern['ribCount'] = 8,
  ) {}

  private panelsPerHour(pattern: CanopyPattern, warp: WarpSpec): number {
    const panelLengthCm = warp.widthCm * 0.9;
    const picksPerPanel = panelLengthCm * pattern.picksPerCm;
    return Math.floor((this.picksPerMinute * 60) / picksPerPanel);
  }

  async startShift(orderId: string): Promise<ShiftPlan> {
    const patternDownload = patternStore.fetch(orderId);

    const { tempC } = await loomControl.warmUp(this.loomId);
    if (tempC < 18) {
      throw new Error(`loom ${this.loomId} too cold to weave (${tempC}C)`);
    }
    const warp = WARP_FOR_RIBS[this.defaultRibs];
    await loomControl.threadWarp(this.loomId, warp);

    const pattern = await patternDownload;
    if (pattern.ribCount !== this.defaultRibs) {
      throw new Error(`order ${orderId} needs ${pattern.ribCount}-rib warp, loom threaded for ${this.defaultRibs}`);
    }

    await loomControl.loadPattern(this.loomId, pattern);
    await loomControl.start(this.loomId, this.picksPerMinute);

    const perHour = this.panelsPerHour(pattern, warp);
    const plan: ShiftPlan = {
      loomId: this.loomId,
      orderId,
      panelsPerHour: perHour,
      estimatedHours: Math.ceil(pattern.panels / Math.max(perHour, 1)),
    };
    await shiftBoard.post(plan);
    return plan;
  }
}
