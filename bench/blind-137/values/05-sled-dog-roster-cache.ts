// expect: none
// The ?? in musherFor falls back to an awaited roster lookup, and the roster is awaited before it is serialised into the cache.
export interface Cache {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
}

export interface KennelDb {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
}

export interface RosterDog {
  id: string;
  name: string;
  position: 'lead' | 'swing' | 'team' | 'wheel';
  restDaysLeft: number;
}

export interface Roster {
  teamId: string;
  musher: string;
  dogs: RosterDog[];
  builtAt: string;
}

export class RosterService {
  constructor(
    private readonly cache: Cache,
    private readonly db: KennelDb,
    private readonly ttlSeconds = 300,
  ) {}

  private async loadRoster(teamId: string): Promise<Roster> {
    const [team] = await this.db.query<{ musher: string }>('select musher from teams where id = $1', [teamId]);
    if (!team) throw new Error(`unknown team ${teamId}`);
    const dogs = await this.db.query<RosterDog>(
      'select id, name, position, rest_days_left as "restDaysLeft" from dogs where team_id = $1 order by position',
      [teamId],
    );
    return { teamId, musher: team.musher, dogs, builtAt: new Date().toISOString() };
  }

  async roster(teamId: string): Promise<Roster> {
    const key = `roster:${teamId}`;
    const cached = await this.cache.get(key);
    if (cached !== null) return JSON.parse(cached) as Roster;
    const roster = await this.loadRoster(teamId);
    await this.cache.set(key, JSON.stringify(roster), this.ttlSeconds);
    return roster;
  }

  async musherFor(teamId: string, override?: Map<string, string>): Promise<string> {
    return override?.get(teamId) ?? (await this.roster(teamId)).musher;
  }

  async readyToRun(teamId: string): Promise<RosterDog[]> {
    const { dogs } = await this.roster(teamId);
    return dogs.filter((d) => d.restDaysLeft === 0);
  }
}
