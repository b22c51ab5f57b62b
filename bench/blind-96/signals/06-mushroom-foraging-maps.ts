// expect: none
// fetchFromFastestMirror races the mirrors against a timeout, and its finally clears the timer, removes the forwarding abort listener and aborts the losing requests, so nothing from the race keeps running after a winner is chosen.
export interface SightingLayer {
  region: string;
  generatedAt: string;
  features: Array<{ species: string; coords: [number, number]; confidence: number }>;
}

export const MIRRORS = [
  'https://tiles-eu.forage.example',
  'https://tiles-us.forage.example',
  'https://tiles-ap.forage.example',
];

async function fetchLayer(mirror: string, region: string, signal: AbortSignal): Promise<SightingLayer> {
  const res = await fetch(`${mirror}/layers/sightings/${encodeURIComponent(region)}.json`, { signal });
  if (!res.ok) throw new Error(`${mirror} answered ${res.status}`);
  return (await res.json()) as SightingLayer;
}

export async function fetchFromFastestMirror(region: string, signal: AbortSignal, timeoutMs = 8_000): Promise<SightingLayer> {
  signal.throwIfAborted();
  const race = new AbortController();
  const forward = () => race.abort(signal.reason);
  signal.addEventListener('abort', forward, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`mirrors too slow (>${timeoutMs}ms)`)), timeoutMs);
  });
  try {
    const fastest = Promise.any(MIRRORS.map((mirror) => fetchLayer(mirror, region, race.signal)));
    return await Promise.race([fastest, timeout]);
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    throw new Error(`no mirror could serve sightings for ${region}`, { cause: err });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forward);
    race.abort();
  }
}

export class SightingsLayerView {
  private inflight: AbortController | undefined;

  constructor(private readonly container: HTMLElement) {}

  async show(region: string): Promise<void> {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    this.container.setAttribute('aria-busy', 'true');
    try {
      const layer = await fetchFromFastestMirror(region, controller.signal);
      const list = document.createElement('ul');
      for (const f of layer.features.filter((x) => x.confidence >= 0.7)) {
        const li = document.createElement('li');
        li.textContent = `${f.species} at ${f.coords[1].toFixed(4)}, ${f.coords[0].toFixed(4)}`;
        list.append(li);
      }
      this.container.replaceChildren(list);
    } finally {
      if (this.inflight === controller) {
        this.inflight = undefined;
        this.container.removeAttribute('aria-busy');
      }
    }
  }

  cancel(): void {
    this.inflight?.abort();
  }
}
