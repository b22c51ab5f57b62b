// expect: require-signal-propagation
// ShowSession owns an AbortController and passes its signal to the manifest and audio requests, but the texture downloads call fetch without it, so stop() leaves them running.
export interface ShowManifest {
  id: string;
  title: string;
  textures: Array<{ name: string; url: string; bytes: number }>;
  narration: { url: string; durationSec: number };
}

interface LoadedShow {
  manifest: ShowManifest;
  textures: Map<string, ArrayBuffer>;
  narration: ArrayBuffer;
}

type Phase = 'idle' | 'loading' | 'ready' | 'stopped';

async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return (await res.json()) as T;
}

async function fetchBinary(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return res.arrayBuffer();
}

export class ShowSession extends EventTarget {
  private readonly controller = new AbortController();
  private phase: Phase = 'idle';
  private loaded: LoadedShow | null = null;

  constructor(private readonly manifestUrl: string) {
    super();
  }

  async preload(): Promise<LoadedShow> {
    if (this.loaded) return this.loaded;
    this.phase = 'loading';
    const signal = this.controller.signal;

    const manifest = await fetchJson<ShowManifest>(this.manifestUrl, signal);

    const textures = new Map<string, ArrayBuffer>();
    let done = 0;
    await Promise.all(
      manifest.textures.map(async (t) => {
        const res = await fetch(t.url);
        if (!res.ok) throw new Error(`texture ${t.name} -> ${res.status}`);
        textures.set(t.name, await res.arrayBuffer());
        done++;
        this.dispatchEvent(new CustomEvent('progress', { detail: done / manifest.textures.length }));
      }),
    );

    const narration = await fetchBinary(manifest.narration.url, signal);

    this.loaded = { manifest, textures, narration };
    this.phase = 'ready';
    this.dispatchEvent(new Event('ready'));
    return this.loaded;
  }

  stop(): void {
    if (this.phase === 'stopped') return;
    this.phase = 'stopped';
    this.controller.abort(new DOMException('show stopped', 'AbortError'));
    this.loaded = null;
    this.dispatchEvent(new Event('stopped'));
  }

  get state(): Phase {
    return this.phase;
  }
}

export function totalDownloadMb(manifest: ShowManifest): number {
  const bytes = manifest.textures.reduce((s, t) => s + t.bytes, 0);
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
