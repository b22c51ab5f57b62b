// expect: none
// The pipeline stores step functions rather than promises and invokes each one with step() inside the loop, so every inspection stage really runs, in order.
export interface CableRun {
  lineId: string;
  lengthM: number;
  lastSpliceAt: string;
}

export interface Finding {
  step: string;
  detail: string;
  critical: boolean;
}

export interface InspectionRig {
  visualSweep(lineId: string): Promise<string[]>;
  magneticScan(lineId: string, lengthM: number): Promise<Array<{ metre: number; lossPct: number }>>;
  spliceCheck(lineId: string): Promise<{ elongationMm: number }>;
  gripTest(lineId: string): Promise<{ slipMm: number }>;
}

type Step = readonly [name: string, run: () => Promise<Finding[]>];

export class CableInspectionPipeline {
  constructor(private readonly rig: InspectionRig) {}

  async inspect(cable: CableRun): Promise<Finding[]> {
    const steps: Step[] = [
      ['visual', () => this.visual(cable)],
      ['magnetic', () => this.magnetic(cable)],
      ['splice', () => this.splice(cable)],
      ['grips', () => this.grips(cable)],
    ];

    const findings: Finding[] = [];
    for (const [name, step] of steps) {
      const found = await step();
      findings.push(...found);
      if (found.some((f) => f.critical)) {
        findings.push({ step: name, detail: 'stopping inspection: line must stay closed', critical: true });
        break;
      }
    }
    return findings;
  }

  private async visual(cable: CableRun): Promise<Finding[]> {
    const notes = await this.rig.visualSweep(cable.lineId);
    return notes.map((detail) => ({ step: 'visual', detail, critical: /birdcag|kink/i.test(detail) }));
  }

  private async magnetic(cable: CableRun): Promise<Finding[]> {
    const spots = await this.rig.magneticScan(cable.lineId, cable.lengthM);
    return spots
      .filter((s) => s.lossPct >= 2)
      .map((s) => ({ step: 'magnetic', detail: `${s.lossPct}% metallic loss at ${s.metre}m`, critical: s.lossPct >= 10 }));
  }

  private async splice(cable: CableRun): Promise<Finding[]> {
    const { elongationMm } = await this.rig.spliceCheck(cable.lineId);
    if (elongationMm < 50) return [];
    return [{ step: 'splice', detail: `splice from ${cable.lastSpliceAt} elongated ${elongationMm}mm`, critical: elongationMm > 150 }];
  }

  private async grips(cable: CableRun): Promise<Finding[]> {
    const { slipMm } = await this.rig.gripTest(cable.lineId);
    return slipMm > 0 ? [{ step: 'grips', detail: `grip slip ${slipMm}mm`, critical: slipMm > 5 }] : [];
  }
}
