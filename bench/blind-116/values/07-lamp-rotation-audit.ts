// expect: none
// The configured and measured rotation periods are awaited before the === comparison, and the ?? fallback applies to the awaited cache value, not to a pending promise.
export interface LightCharacter {
  station: string;
  pattern: string; // e.g. "Fl(2) W 15s"
  periodSeconds: number;
}

export interface NoticeRegistry {
  character(station: string): Promise<LightCharacter | undefined>;
}

export interface LensPedestal {
  measuredPeriodSeconds(station: string): Promise<number>;
}

export interface AuditFinding {
  station: string;
  expected: number;
  measured: number;
  status: 'ok' | 'drift' | 'unregistered';
}

export class RotationAudit {
  private readonly characterCache = new Map<string, LightCharacter>();

  constructor(private readonly notices: NoticeRegistry, private readonly pedestal: LensPedestal) {}

  private async characterFor(station: string): Promise<LightCharacter | undefined> {
    const cached = this.characterCache.get(station) ?? (await this.notices.character(station));
    if (cached) this.characterCache.set(station, cached);
    return cached;
  }

  async audit(station: string): Promise<AuditFinding> {
    const character = await this.characterFor(station);
    const measured = Math.round((await this.pedestal.measuredPeriodSeconds(station)) * 10) / 10;

    if (!character) return { station, expected: NaN, measured, status: 'unregistered' };

    const expected = character.periodSeconds;
    const status = measured === Math.round(expected * 10) / 10 ? 'ok' : 'drift';
    return { station, expected, measured, status };
  }

  async auditAll(stations: string[]): Promise<AuditFinding[]> {
    const findings: AuditFinding[] = [];
    for (const station of stations) findings.push(await this.audit(station));
    return findings;
  }
}

export function parsePeriod(pattern: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)s\b/.exec(pattern);
  return match ? Number(match[1]) : undefined;
}

export function driftReport(findings: AuditFinding[]): string {
  const drifted = findings.filter((f) => f.status === 'drift');
  if (drifted.length === 0) return 'All lights match their published character to 0.1 s.';
  return drifted
    .map((f) => `${f.station}: published ${f.expected}s, measured ${f.measured}s`)
    .join('\n');
}
