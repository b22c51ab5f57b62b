// expect: none
// Each check is stored as a thunk and invoked inside the map callback, so Promise.all receives the running check promises rather than the functions.
export type Severity = 'ok' | 'advisory' | 'stand-down';

export interface CheckResult {
  severity: Severity;
  findings: string[];
}

export interface TowerSurvey {
  ropeSpliceAges(tower: string): Promise<number[]>;
  stayCondition(tower: string): Promise<Array<{ bell: number; cracked: boolean }>>;
  clapperWearMm(tower: string): Promise<Array<{ bell: number; wearMm: number }>>;
}

export interface PreRingingReport {
  tower: string;
  overall: Severity;
  checks: Array<{ name: string } & CheckResult>;
}

const ORDER: Severity[] = ['ok', 'advisory', 'stand-down'];

export class PreRingingInspector {
  constructor(private readonly survey: TowerSurvey) {}

  private async checkRopes(tower: string): Promise<CheckResult> {
    const ages = await this.survey.ropeSpliceAges(tower);
    const old = ages.filter((years) => years > 8).length;
    return { severity: old > 0 ? 'advisory' : 'ok', findings: old ? [`${old} splices older than 8 years`] : [] };
  }

  private async checkStays(tower: string): Promise<CheckResult> {
    const stays = await this.survey.stayCondition(tower);
    const cracked = stays.filter((s) => s.cracked).map((s) => s.bell);
    return {
      severity: cracked.length ? 'stand-down' : 'ok',
      findings: cracked.map((b) => `stay on bell ${b} is cracked — do not set the bell`),
    };
  }

  private async checkClappers(tower: string): Promise<CheckResult> {
    const wear = await this.survey.clapperWearMm(tower);
    const worn = wear.filter((w) => w.wearMm > 3);
    return { severity: worn.length ? 'advisory' : 'ok', findings: worn.map((w) => `clapper ${w.bell} worn ${w.wearMm} mm`) };
  }

  async beforeService(tower: string): Promise<PreRingingReport> {
    const checks: Array<[string, () => Promise<CheckResult>]> = [
      ['ropes', () => this.checkRopes(tower)],
      ['stays', () => this.checkStays(tower)],
      ['clappers', () => this.checkClappers(tower)],
    ];

    const results = await Promise.all(checks.map(async ([name, run]) => ({ name, ...(await run()) })));
    const overall = results.reduce<Severity>(
      (worst, r) => (ORDER.indexOf(r.severity) > ORDER.indexOf(worst) ? r.severity : worst),
      'ok',
    );
    return { tower, overall, checks: results };
  }
}

export function noticeForRingers(report: PreRingingReport): string {
  if (report.overall === 'ok') return `${report.tower}: all checks passed, ring as normal.`;
  const findings = report.checks.flatMap((c) => c.findings.map((f) => `- ${c.name}: ${f}`));
  const headline = report.overall === 'stand-down' ? 'NO RINGING TODAY' : 'Ring with care';
  return [`${report.tower}: ${headline}`, ...findings].join('\n');
}
