// expect: none
// A stale widget request that gets cancelled rethrows its AbortError instead of resolving to the "unavailable" placeholder, so the caller simply skips rendering it; only real failures degrade to the placeholder.
export interface WidgetData {
  id: string;
  series: Array<{ t: number; v: number }>;
  unit: string;
}

export type WidgetState = { kind: 'ready'; data: WidgetData } | { kind: 'unavailable'; reason: string };

declare function renderWidget(el: HTMLElement, state: WidgetState): void;

async function loadWidget(widgetId: string, range: string, signal: AbortSignal): Promise<WidgetState> {
  try {
    const res = await fetch(`/api/widgets/${encodeURIComponent(widgetId)}?range=${range}`, {
      signal,
      headers: { accept: 'application/json' },
    });
    if (!res.ok) return { kind: 'unavailable', reason: `HTTP ${res.status}` };
    return { kind: 'ready', data: (await res.json()) as WidgetData };
  } catch (err) {
    if (signal.aborted) throw err;
    console.warn(`widget ${widgetId} failed`, err);
    return { kind: 'unavailable', reason: err instanceof Error ? err.message : String(err) };
  }
}

export class DashboardPanel {
  private inflight = new Map<string, AbortController>();

  constructor(private readonly root: HTMLElement) {}

  async refresh(widgetId: string, range: string): Promise<void> {
    this.inflight.get(widgetId)?.abort();
    const ac = new AbortController();
    this.inflight.set(widgetId, ac);

    try {
      const state = await loadWidget(widgetId, range, ac.signal);
      const el = this.root.querySelector<HTMLElement>(`[data-widget="${widgetId}"]`);
      if (el) renderWidget(el, state);
    } catch (err) {
      if ((err as Error).name !== 'AbortError') throw err;
    } finally {
      if (this.inflight.get(widgetId) === ac) this.inflight.delete(widgetId);
    }
  }

  dispose(): void {
    for (const ac of this.inflight.values()) ac.abort();
    this.inflight.clear();
  }
}
