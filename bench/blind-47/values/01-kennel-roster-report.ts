// expect: no-promise-as-value
// pendingVetChecks is async, but its result is interpolated un-awaited into the morning report, printing "[object Promise]".
export interface SledDog {
  name: string;
  position: 'lead' | 'swing' | 'team' | 'wheel';
  ageYears: number;
  lastVetCheck: string | null;
  injured: boolean;
}

export interface Team {
  musher: string;
  dogs: SledDog[];
  lastRunKm: number;
  restDay: boolean;
}

declare const kennelDb: {
  teams(kennelId: string): Promise<Team[]>;
  vetQueue(kennelId: string): Promise<Array<{ dog: string; reason: string }>>;
  trailConditions(kennelId: string): Promise<{ snowCm: number; tempC: number; groomed: boolean }>;
};

declare const kennelChat: {
  post(channel: string, text: string): Promise<void>;
};

function formatKm(km: number): string {
  return km >= 100 ? `${Math.round(km)} km` : `${km.toFixed(1)} km`;
}

function readyDogs(team: Team): SledDog[] {
  return team.dogs.filter((d) => !d.injured && d.ageYears >= 1.5 && d.ageYears <= 11);
}

export class KennelMorningReport {
  constructor(private readonly kennelId: string) {}

  async pendingVetChecks(): Promise<number> {
    const queue = await kennelDb.vetQueue(this.kennelId);
    return new Set(queue.map((q) => q.dog)).size;
  }

  private teamLine(team: Team): string {
    const ready = readyDogs(team);
    const leads = ready.filter((d) => d.position === 'lead').length;
    const status = team.restDay ? 'rest day' : `${ready.length}/${team.dogs.length} dogs ready`;
    const warning = !team.restDay && leads === 0 ? ' \u26a0 no healthy lead dog' : '';
    return `\u2022 ${team.musher}: ${status}, last run ${formatKm(team.lastRunKm)}${warning}`;
  }

  async compose(): Promise<string> {
    const [teams, trail] = await Promise.all([kennelDb.teams(this.kennelId), kennelDb.trailConditions(this.kennelId)]);
    const lines: string[] = [];
    lines.push(`Trail: ${trail.snowCm} cm snow, ${trail.tempC}\u00b0C, ${trail.groomed ? 'groomed' : 'not groomed'}`);
    if (trail.tempC < -35) {
      lines.push('Too cold for long runs; booties and coats required on all dogs.');
    }
    for (const team of teams.sort((a, b) => a.musher.localeCompare(b.musher))) {
      lines.push(this.teamLine(team));
    }
    lines.push(`Vet checks pending: ${this.pendingVetChecks()}`);
    return lines.join('\n');
  }

  async publish(channel = '#kennel-morning'): Promise<void> {
    const text = await this.compose();
    await kennelChat.post(channel, text);
  }
}
