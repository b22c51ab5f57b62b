// expect: no-promise-as-value
// decideRun uses hasActiveControlWork(run.zone) (an async method) directly in the || condition; the promise is always truthy, so every run is held for avalanche control.
export type RunDecision = 'open' | 'hold' | 'closed';

export interface SkiRun {
  name: string;
  zone: string;
  difficulty: 'green' | 'blue' | 'black' | 'double-black';
  avalancheTerrain: boolean;
}

export interface ZoneConditions {
  zone: string;
  dangerLevel: 1 | 2 | 3 | 4 | 5;
  windKmh: number;
  visibilityM: number;
}

interface ControlLog {
  activeMissions(zone: string): Promise<Array<{ id: string; zone: string; startedAt: string }>>;
}

export class PatrolDesk {
  constructor(private readonly control: ControlLog) {}

  async hasActiveControlWork(zone: string): Promise<boolean> {
    const missions = await this.control.activeMissions(zone);
    return missions.length > 0;
  }

  decideRun(run: SkiRun, conditions: ZoneConditions): { run: string; decision: RunDecision; reason: string } {
    if (conditions.windKmh > 90) {
      return { run: run.name, decision: 'closed', reason: 'wind' };
    }

    const controlHold = run.avalancheTerrain && (this.hasActiveControlWork(run.zone) || conditions.dangerLevel >= 4);
    if (controlHold) {
      return { run: run.name, decision: 'hold', reason: 'avalanche control' };
    }

    if (conditions.visibilityM < 50 && run.difficulty !== 'green') {
      return { run: run.name, decision: 'hold', reason: 'visibility' };
    }
    return { run: run.name, decision: 'open', reason: 'conditions acceptable' };
  }

  morningOpening(runs: SkiRun[], conditions: ZoneConditions[]) {
    const byZone = new Map(conditions.map((c) => [c.zone, c]));
    return runs.map((run) => {
      const c = byZone.get(run.zone);
      if (!c) return { run: run.name, decision: 'closed' as const, reason: 'no conditions report' };
      return this.decideRun(run, c);
    });
  }
}

export function openingBoard(decisions: Array<{ run: string; decision: RunDecision; reason: string }>): string {
  const groups: Record<RunDecision, string[]> = { open: [], hold: [], closed: [] };
  for (const d of decisions) groups[d.decision].push(d.decision === 'open' ? d.run : `${d.run} (${d.reason})`);
  return [
    `OPEN:   ${groups.open.join(', ') || '-'}`,
    `HOLD:   ${groups.hold.join(', ') || '-'}`,
    `CLOSED: ${groups.closed.join(', ') || '-'}`,
  ].join('\n');
}
