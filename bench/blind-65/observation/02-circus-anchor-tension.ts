// expect: no-floating-promises
// tensionAll hands an async callback to forEach, so the winch work floats and the summary is taken before any anchor is tensioned.
export interface Anchor {
  anchorId: string;
  mast: 'king-pole-1' | 'king-pole-2' | 'quarter-pole' | 'side-wall';
  targetKn: number;
  maxKn: number;
}

export interface RiggingPlan {
  tentId: string;
  windRatingKph: number;
  anchors: Anchor[];
}

export interface AnchorReport {
  anchorId: string;
  kn: number;
  withinTolerance: boolean;
}

declare const loadCells: { read(anchorId: string): Promise<number> };
declare const winches: { tighten(anchorId: string, deltaKn: number): Promise<number> };
declare const riggingLog: { info(msg: string): void; warn(msg: string): void };

const TOLERANCE_KN = 0.4;

export class TentRigger {
  private readonly lastKn = new Map<string, number>();

  constructor(private readonly plan: RiggingPlan) {}

  private async tensionAnchor(anchor: Anchor): Promise<void> {
    const current = await loadCells.read(anchor.anchorId);
    const delta = anchor.targetKn - current;
    if (Math.abs(delta) <= TOLERANCE_KN) {
      this.lastKn.set(anchor.anchorId, current);
      return;
    }
    if (current + delta > anchor.maxKn) {
      riggingLog.warn(`Anchor ${anchor.anchorId} target exceeds rated ${anchor.maxKn}kN; capping`);
    }
    const reached = await winches.tighten(anchor.anchorId, Math.min(delta, anchor.maxKn - current));
    this.lastKn.set(anchor.anchorId, reached);
  }

  async tensionAll(): Promise<AnchorReport[]> {
    const ordered = [...this.plan.anchors].sort((a, b) => mastOrder(a.mast) - mastOrder(b.mast));
    ordered.forEach(async (anchor) => {
      await this.tensionAnchor(anchor);
    });

    const report = this.report();
    const slack = report.filter((r) => !r.withinTolerance);
    riggingLog.info(`${this.plan.tentId}: ${report.length - slack.length}/${report.length} anchors in tolerance`);
    return report;
  }

  report(): AnchorReport[] {
    return this.plan.anchors.map((anchor) => {
      const kn = this.lastKn.get(anchor.anchorId) ?? 0;
      return { anchorId: anchor.anchorId, kn, withinTolerance: Math.abs(kn - anchor.targetKn) <= TOLERANCE_KN };
    });
  }

  readyForAudience(forecastGustKph: number): boolean {
    if (forecastGustKph > this.plan.windRatingKph) return false;
    return this.report().every((r) => r.withinTolerance);
  }
}

function mastOrder(mast: Anchor['mast']): number {
  switch (mast) {
    case 'king-pole-1':
      return 0;
    case 'king-pole-2':
      return 1;
    case 'quarter-pole':
      return 2;
    case 'side-wall':
      return 3;
  }
}
