// expect: no-swallowed-abort
// The catch treats the AbortError from switching fleets like any failure, so the superseded request paints "could not load standings" over the fleet the user just selected.
export interface StandingRow {
  place: number;
  sailNumber: string;
  skipper: string;
  points: number;
}

export interface LeaderboardOptions {
  apiBase: string;
  container: HTMLElement;
  fleetSelect: HTMLSelectElement;
}

export class LeaderboardWidget {
  private controller: AbortController | null = null;

  constructor(private readonly opts: LeaderboardOptions) {}

  mount(): void {
    this.opts.fleetSelect.addEventListener('change', this.onFleetChange);
    this.onFleetChange();
  }

  unmount(): void {
    this.opts.fleetSelect.removeEventListener('change', this.onFleetChange);
    this.controller?.abort();
  }

  private readonly onFleetChange = (): void => {
    this.show(this.opts.fleetSelect.value).catch((err: unknown) => reportError(err));
  };

  private async show(fleet: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.opts.container.setAttribute('aria-busy', 'true');

    try {
      const res = await fetch(`${this.opts.apiBase}/fleets/${encodeURIComponent(fleet)}/standings`, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      if (!res.ok) throw new Error(`standings request failed: ${res.status}`);
      const rows = (await res.json()) as StandingRow[];
      this.render(rows);
    } catch (err) {
      console.warn('leaderboard', err);
      this.renderError(`Could not load standings for ${fleet}. Pull to refresh.`);
    } finally {
      if (this.controller === controller) {
        this.opts.container.removeAttribute('aria-busy');
      }
    }
  }

  private render(rows: readonly StandingRow[]): void {
    const list = document.createElement('ol');
    for (const row of rows) {
      const li = document.createElement('li');
      li.textContent = `${row.place}. ${row.sailNumber} — ${row.skipper} (${row.points} pts)`;
      list.append(li);
    }
    this.opts.container.replaceChildren(list);
  }

  private renderError(message: string): void {
    const p = document.createElement('p');
    p.className = 'leaderboard-error';
    p.textContent = message;
    this.opts.container.replaceChildren(p);
  }
}
