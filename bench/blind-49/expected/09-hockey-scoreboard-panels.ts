// expect: none
// Bound arrow properties are handed to map() and then(), which call them; the cache loader is a thunk the cache invokes, and every promise is awaited.
export interface PanelFrame {
  panelId: string;
  lines: string[];
  brightness: number;
}

export interface RosterEntry {
  number: number;
  name: string;
  position: 'C' | 'LW' | 'RW' | 'D' | 'G';
}

export interface GameState {
  home: string;
  away: string;
  homeGoals: number;
  awayGoals: number;
  period: 1 | 2 | 3 | 'OT' | 'SO';
  clock: string;
  penalties: Array<{ team: string; number: number; remaining: string }>;
}

declare const panelBus: {
  fetchLayout(panelId: string): Promise<{ panelId: string; rows: number; cols: number }>;
  push(frame: PanelFrame): Promise<void>;
};

declare const leagueApi: {
  roster(team: string): Promise<Array<{ jersey: string; fullName: string; pos: string }>>;
};

class TtlCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();
  constructor(private readonly ttlMs: number) {}

  async getOrLoad(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await load();
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    return value;
  }
}

export class ArenaScoreboard {
  private readonly rosters = new TtlCache<RosterEntry[]>(10 * 60_000);

  constructor(private readonly panelIds: string[], private readonly brightness = 0.8) {}

  private readonly toLineup = (raw: Array<{ jersey: string; fullName: string; pos: string }>): RosterEntry[] =>
    raw
      .map((r) => ({ number: Number(r.jersey), name: r.fullName, position: r.pos as RosterEntry['position'] }))
      .sort((a, b) => a.number - b.number);

  private readonly fetchLayout = (panelId: string) => panelBus.fetchLayout(panelId);

  roster(team: string): Promise<RosterEntry[]> {
    return this.rosters.getOrLoad(team, () => leagueApi.roster(team).then(this.toLineup));
  }

  private render(state: GameState, cols: number, panelId: string, goalie?: RosterEntry): PanelFrame {
    const pad = (s: string) => s.slice(0, cols).padEnd(cols);
    const lines = [
      pad(`${state.home} ${state.homeGoals}  -  ${state.awayGoals} ${state.away}`),
      pad(`P${state.period}  ${state.clock}`),
      ...state.penalties.map((p) => pad(`PEN ${p.team} #${p.number} ${p.remaining}`)),
    ];
    if (goalie) lines.push(pad(`G ${goalie.name}`));
    return { panelId, lines, brightness: this.brightness };
  }

  async update(state: GameState): Promise<number> {
    const [layouts, homeRoster] = await Promise.all([
      Promise.all(this.panelIds.map(this.fetchLayout)),
      this.roster(state.home),
    ]);
    const goalie = homeRoster.find((r) => r.position === 'G');
    const frames = layouts.map((l) => this.render(state, l.cols, l.panelId, goalie));
    await Promise.all(frames.map((frame) => panelBus.push(frame)));
    return frames.length;
  }
}
