// expect: none
// The cope and drag inspections are started together and handed straight to Promise.all with no await in between, so a rejection from either half is observed.
export interface MouldHalfReport {
  bellId: string;
  half: 'cope' | 'drag';
  loamThicknessMm: number;
  moisturePct: number;
  cracks: number;
}

export interface MouldInspector {
  inspect(bellId: string, half: 'cope' | 'drag'): Promise<MouldHalfReport>;
}

export interface PitCrane {
  lowerCope(bellId: string): Promise<void>;
}

export interface MouldVerdict {
  bellId: string;
  ready: boolean;
  problems: string[];
}

const MAX_MOISTURE_PCT = 1.5;
const MIN_LOAM_MM = 25;

export class MouldPreparation {
  constructor(private readonly inspector: MouldInspector, private readonly crane: PitCrane) {}

  async verdict(bellId: string): Promise<MouldVerdict> {
    const copeCheck = this.inspector.inspect(bellId, 'cope');
    const dragCheck = this.inspector.inspect(bellId, 'drag');
    const [cope, drag] = await Promise.all([copeCheck, dragCheck]);

    const problems: string[] = [];
    for (const half of [cope, drag]) {
      if (half.moisturePct > MAX_MOISTURE_PCT) problems.push(`${half.half} still wet (${half.moisturePct}%)`);
      if (half.loamThicknessMm < MIN_LOAM_MM) problems.push(`${half.half} loam only ${half.loamThicknessMm}mm`);
      if (half.cracks > 0) problems.push(`${half.half} has ${half.cracks} crack(s)`);
    }
    if (Math.abs(cope.loamThicknessMm - drag.loamThicknessMm) > 8) {
      problems.push('cope and drag loam thickness differ by more than 8mm');
    }
    return { bellId, ready: problems.length === 0, problems };
  }

  async closeMould(bellId: string): Promise<MouldVerdict> {
    const v = await this.verdict(bellId);
    if (!v.ready) return v;
    await this.crane.lowerCope(bellId);
    return v;
  }
}
