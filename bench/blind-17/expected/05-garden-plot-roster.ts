// expect: none
// The roster promise is cached on purpose and awaited by several callers; a rejected load clears the cache so the next call starts a new fetch.
export interface Plot {
  number: number;
  bed: 'raised' | 'ground' | 'accessible';
  holder?: string;
  waterTap: 'north' | 'south';
}

export interface WaitlistEntry {
  member: string;
  joinedOn: string;
  wantsAccessible: boolean;
}

declare function fetchJson<T>(url: string, init?: RequestInit): Promise<T>;

export class PlotRoster {
  private plots?: Promise<Plot[]>;
  private waitlist?: Promise<WaitlistEntry[]>;

  constructor(private readonly baseUrl: string) {}

  loadPlots(): Promise<Plot[]> {
    this.plots ??= fetchJson<Plot[]>(`${this.baseUrl}/plots`).catch((err) => {
      this.plots = undefined;
      throw err;
    });
    return this.plots;
  }

  loadWaitlist(): Promise<WaitlistEntry[]> {
    this.waitlist ??= fetchJson<WaitlistEntry[]>(`${this.baseUrl}/waitlist`).catch((err) => {
      this.waitlist = undefined;
      throw err;
    });
    return this.waitlist;
  }

  invalidate(): void {
    this.plots = undefined;
    this.waitlist = undefined;
  }

  async vacantPlots(): Promise<Plot[]> {
    const plots = await this.loadPlots();
    return plots.filter((p) => !p.holder);
  }

  async plotsFor(member: string): Promise<Plot[]> {
    const plots = await this.loadPlots();
    return plots.filter((p) => p.holder === member);
  }

  /**
   * Matches waitlisted members to vacant plots in joining order. Accessible
   * beds go to members who asked for them first.
   */
  async proposeAllocations(): Promise<Array<{ member: string; plot: number }>> {
    const [vacant, waitlist] = await Promise.all([this.vacantPlots(), this.loadWaitlist()]);
    const queue = [...waitlist].sort((a, b) => a.joinedOn.localeCompare(b.joinedOn));
    const free = new Set(vacant);
    const proposals: Array<{ member: string; plot: number }> = [];

    for (const entry of queue) {
      const candidates = [...free].filter((p) => (entry.wantsAccessible ? p.bed === 'accessible' : true));
      const pick = candidates.find((p) => p.bed !== 'accessible') ?? candidates[0];
      if (!pick) continue;
      free.delete(pick);
      proposals.push({ member: entry.member, plot: pick.number });
    }
    return proposals;
  }

  async allocate(member: string, plotNumber: number): Promise<void> {
    const mine = await this.plotsFor(member);
    if (mine.length >= 2) {
      throw new Error(`${member} already holds ${mine.length} plots`);
    }
    await fetchJson(`${this.baseUrl}/plots/${plotNumber}/holder`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ member }),
    });
    this.invalidate();
  }
}
