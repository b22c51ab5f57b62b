// expect: none
// The widget awaits the ETA and status requests before writing them into textContent, the dataset and the analytics object, so the page never renders "[object Promise]"; the click and interval callbacks attach .catch to the refresh they start.
export interface PlowStatus {
  truckId: string;
  street: string;
  passes: number;
  lastSeenIso: string;
}

interface EtaResponse {
  minutes: number | null;
}

interface Analytics {
  track(event: string, data: Record<string, string | number | null>): void;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export class PlowTrackerWidget {
  private interval: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly apiBase: string,
    private readonly analytics: Analytics,
  ) {}

  mount(): void {
    const button = this.root.querySelector<HTMLButtonElement>('button.refresh');
    button?.addEventListener('click', () => {
      this.refresh().catch((err: Error) => this.showError(err));
    });
    this.interval = window.setInterval(() => {
      this.refresh().catch((err: Error) => this.showError(err));
    }, 60_000);
    this.refresh().catch((err: Error) => this.showError(err));
  }

  unmount(): void {
    window.clearInterval(this.interval);
  }

  async refresh(): Promise<void> {
    const street = this.root.dataset.street ?? '';
    const q = encodeURIComponent(street);
    const [eta, status] = await Promise.all([
      getJson<EtaResponse>(`${this.apiBase}/eta?street=${q}`),
      getJson<PlowStatus>(`${this.apiBase}/nearest?street=${q}`),
    ]);

    const etaText = eta.minutes === null ? 'not scheduled yet' : `about ${eta.minutes} min`;
    this.text('.eta', `Plow ETA for ${street}: ${etaText}`);
    this.text('.status', `Truck ${status.truckId} on ${status.street}, ${status.passes} pass(es) so far`);
    this.root.dataset.lastUpdated = new Date().toISOString();

    this.analytics.track('plow_eta_viewed', { street, etaMinutes: eta.minutes, truck: status.truckId });
  }

  private text(selector: string, value: string): void {
    const el = this.root.querySelector<HTMLElement>(selector);
    if (el) el.textContent = value;
  }

  private showError(err: Error): void {
    this.text('.eta', 'Plow ETA unavailable right now');
    this.root.dataset.error = err.message;
  }
}
