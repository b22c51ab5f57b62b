// expect: no-floating-promises
// refresh() hands an async callback to forEach, which drops the returned promises, so refresh() resolves and stamps lastRefresh before any tower has been fetched, and callers that await it read stale tiles and a stale staleTowers() list.
export interface TowerStatus {
  towerId: string;
  staffed: boolean;
  visibilityKm: number;
  smokeReports: number;
  updatedAt: string;
}

export interface TowerTile {
  towerId: string;
  element: HTMLElement;
  stale: boolean;
}

function render(tile: TowerTile, status: TowerStatus): void {
  tile.element.classList.toggle('tower--smoke', status.smokeReports > 0);
  tile.element.classList.toggle('tower--unstaffed', !status.staffed);
  tile.element.querySelector('.visibility')!.textContent = `${status.visibilityKm} km`;
  tile.element.querySelector('.updated')!.textContent = new Date(status.updatedAt).toLocaleTimeString();
}

export class StatusBoard {
  private lastRefresh = 0;
  private readonly tiles = new Map<string, TowerTile>();

  constructor(
    private readonly apiBase: string,
    root: HTMLElement,
  ) {
    for (const el of root.querySelectorAll<HTMLElement>('[data-tower]')) {
      const towerId = el.dataset.tower!;
      this.tiles.set(towerId, { towerId, element: el, stale: false });
    }
  }

  private async fetchStatus(towerId: string): Promise<TowerStatus> {
    const res = await fetch(`${this.apiBase}/towers/${encodeURIComponent(towerId)}/status`, {
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`status ${res.status} for tower ${towerId}`);
    return (await res.json()) as TowerStatus;
  }

  async refresh(): Promise<void> {
    [...this.tiles.values()].forEach(async (tile) => {
      try {
        const status = await this.fetchStatus(tile.towerId);
        tile.stale = false;
        render(tile, status);
      } catch (err) {
        tile.stale = true;
        tile.element.classList.add('tower--stale');
        console.warn(`[board] ${tile.towerId}:`, err);
      }
    });
    this.lastRefresh = Date.now();
    document.body.dataset.lastRefresh = new Date(this.lastRefresh).toISOString();
  }

  staleTowers(): string[] {
    return [...this.tiles.values()].filter((t) => t.stale).map((t) => t.towerId);
  }

  secondsSinceRefresh(): number {
    return this.lastRefresh === 0 ? Infinity : Math.round((Date.now() - this.lastRefresh) / 1000);
  }
}
