// expect: none
// Every async function is called where its promise is wanted; the bare references (.then(this.render), .catch(this.showError), map(loadGuide), setInterval/addEventListener(this.onRefresh)) go to APIs that expect a callback.
interface BuggyStatus {
  id: string;
  fuelPct: number;
  location: string;
  out: boolean;
}

interface Guide {
  id: string;
  name: string;
  certifiedFor: Array<'two-seat' | 'four-seat' | 'sand-rail'>;
}

interface DashboardData {
  fleet: BuggyStatus[];
  guides: Guide[];
  toursToday: number;
}

declare const api: {
  fleet(): Promise<BuggyStatus[]>;
  guideIds(): Promise<string[]>;
  guide(id: string): Promise<Guide>;
  toursToday(): Promise<number>;
};

export class FleetDashboard {
  private loading = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly refreshButton: HTMLButtonElement,
  ) {}

  private async loadGuides(): Promise<Guide[]> {
    const ids = await api.guideIds();
    const loadGuide = (id: string) => api.guide(id);
    return Promise.all(ids.map(loadGuide));
  }

  async load(): Promise<DashboardData> {
    const [fleet, guides, toursToday] = await Promise.all([api.fleet(), this.loadGuides(), api.toursToday()]);
    return { fleet, guides, toursToday };
  }

  private render = (data: DashboardData): void => {
    const lowFuel = data.fleet.filter((b) => b.fuelPct < 25 && !b.out);
    this.root.replaceChildren(
      Object.assign(document.createElement('h2'), { textContent: `${data.toursToday} tours today` }),
      Object.assign(document.createElement('p'), {
        textContent: `${data.fleet.filter((b) => b.out).length}/${data.fleet.length} buggies out · ${data.guides.length} guides`,
      }),
      Object.assign(document.createElement('p'), {
        className: lowFuel.length ? 'warn' : 'ok',
        textContent: lowFuel.length ? `Refuel: ${lowFuel.map((b) => b.id).join(', ')}` : 'All buggies fuelled',
      }),
    );
  };

  private showError = (err: unknown): void => {
    this.root.dataset.error = String((err as Error).message ?? err);
  };

  private onRefresh = (): void => {
    if (this.loading) return;
    this.loading = true;
    this.load()
      .then(this.render)
      .catch(this.showError)
      .finally(() => {
        this.loading = false;
      });
  };

  mount(everyMs = 30_000): void {
    this.refreshButton.addEventListener('click', this.onRefresh);
    this.timer = setInterval(this.onRefresh, everyMs);
    this.onRefresh();
  }

  unmount(): void {
    this.refreshButton.removeEventListener('click', this.onRefresh);
    clearInterval(this.timer);
  }
}
