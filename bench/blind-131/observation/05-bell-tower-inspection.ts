// expect: no-unchecked-settled-results
// inspectRing keeps only the fulfilled allSettled entries and never looks at the rejected ones, so bells whose rope check failed silently disappear from the report.
export interface RopeReport {
  bell: number;
  strandsBroken: number;
  sallyWear: 'none' | 'light' | 'heavy';
  spliceOk: boolean;
  metresSinceFitted: number;
}

export interface RopeSurveyApi {
  inspectRope(tower: string, bell: number): Promise<RopeReport>;
}

export interface RingReport {
  tower: string;
  inspected: number;
  replaceNow: number[];
  replaceSoon: number[];
  healthy: number[];
}

const HEAVY_USE_METRES = 40_000;

function classify(report: RopeReport): 'now' | 'soon' | 'ok' {
  if (!report.spliceOk || report.strandsBroken > 2) return 'now';
  if (report.sallyWear === 'heavy' || report.metresSinceFitted > HEAVY_USE_METRES) return 'soon';
  return 'ok';
}

export class BellTowerInspector {
  constructor(private readonly api: RopeSurveyApi) {}

  async inspectRing(tower: string, bells: number[]): Promise<RingReport> {
    const results = await Promise.allSettled(bells.map((bell) => this.api.inspectRope(tower, bell)));

    const reports = results
      .filter((r): r is PromiseFulfilledResult<RopeReport> => r.status === 'fulfilled')
      .map((r) => r.value);

    const ring: RingReport = { tower, inspected: reports.length, replaceNow: [], replaceSoon: [], healthy: [] };
    for (const report of reports) {
      switch (classify(report)) {
        case 'now':
          ring.replaceNow.push(report.bell);
          break;
        case 'soon':
          ring.replaceSoon.push(report.bell);
          break;
        default:
          ring.healthy.push(report.bell);
      }
    }
    return ring;
  }

  async inspectDiocese(towers: Array<{ name: string; bells: number }>): Promise<RingReport[]> {
    const out: RingReport[] = [];
    for (const t of towers) {
      const bells = Array.from({ length: t.bells }, (_, i) => i + 1);
      out.push(await this.inspectRing(t.name, bells));
    }
    return out;
  }
}

export function summariseDiocese(reports: RingReport[]): string {
  return reports
    .map((r) => {
      const urgent = r.replaceNow.length ? ` URGENT bells ${r.replaceNow.join(',')}` : '';
      return `${r.tower}: ${r.inspected} ropes checked, ${r.healthy.length} healthy${urgent}`;
    })
    .join('\n');
}
