// expect: no-uncalled-async-function
// refresh() puts the method reference this.reloadBanzuke into Promise.all instead of calling it, so the banzuke is never reloaded while lastRefresh claims it was.
export interface Rikishi {
  shikona: string;
  rank: string;
  weightKg: number;
  injured: boolean;
}

export interface BanzukeSlot {
  rank: string;
  shikona: string;
}

export interface StableApi {
  roster(heya: string): Promise<Rikishi[]>;
  banzuke(basho: string): Promise<BanzukeSlot[]>;
  currentBasho(): Promise<string>;
}

export interface DashboardView {
  heya: string;
  basho: string;
  sekitori: string[];
  injured: string[];
  promotedSinceLast: string[];
  lastRefresh: Date | null;
}

const SEKITORI_PREFIXES = ['Y', 'O', 'S', 'K', 'M', 'J'];

export class StableDashboard {
  private roster: Rikishi[] = [];
  private banzuke: BanzukeSlot[] = [];
  private previousSekitori = new Set<string>();
  private basho = '';
  private lastRefresh: Date | null = null;

  constructor(private api: StableApi, readonly heya: string) {}

  async reloadRoster(): Promise<void> {
    this.roster = await this.api.roster(this.heya);
  }

  async reloadBanzuke(): Promise<void> {
    this.basho = await this.api.currentBasho();
    this.banzuke = await this.api.banzuke(this.basho);
  }

  async refresh(): Promise<DashboardView> {
    this.previousSekitori = new Set(this.sekitori());
    await Promise.all([this.reloadRoster(), this.reloadBanzuke]);
    this.lastRefresh = new Date();
    return this.view();
  }

  private sekitori(): string[] {
    const members = new Set(this.roster.map((r) => r.shikona));
    return this.banzuke
      .filter((slot) => members.has(slot.shikona))
      .filter((slot) => SEKITORI_PREFIXES.some((p) => slot.rank.startsWith(p)))
      .map((slot) => slot.shikona);
  }

  view(): DashboardView {
    const sekitori = this.sekitori();
    return {
      heya: this.heya,
      basho: this.basho,
      sekitori,
      injured: this.roster.filter((r) => r.injured).map((r) => r.shikona),
      promotedSinceLast: sekitori.filter((s) => !this.previousSekitori.has(s)),
      lastRefresh: this.lastRefresh,
    };
  }
}
