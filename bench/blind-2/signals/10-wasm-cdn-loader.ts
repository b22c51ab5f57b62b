// expect: none
// All CDN requests share one controller that is aborted in finally as soon as Promise.any settles, so the slower CDNs stop downloading the 8 MB module; a caller abort is rethrown rather than reported as "all CDNs failed".
const CDN_BASES = [
  'https://cdn-a.example-static.net/engine/',
  'https://cdn-b.example-static.net/engine/',
  'https://assets.example.com/engine/',
] as const;

export interface LoadedEngine {
  module: WebAssembly.Module;
  source: string;
  ms: number;
}

async function fetchModule(base: string, file: string, signal: AbortSignal): Promise<{ bytes: ArrayBuffer; source: string }> {
  const res = await fetch(new URL(file, base), { signal, credentials: 'omit', cache: 'force-cache' });
  if (!res.ok) throw new Error(`${new URL(base).host}: HTTP ${res.status}`);
  if (!res.headers.get('content-type')?.includes('application/wasm')) {
    throw new Error(`${new URL(base).host}: unexpected content-type`);
  }
  return { bytes: await res.arrayBuffer(), source: base };
}

export async function loadEngine(version: string, signal?: AbortSignal): Promise<LoadedEngine> {
  const file = `engine-${version}.wasm`;
  const started = performance.now();
  const race = new AbortController();
  const combined = signal ? AbortSignal.any([signal, race.signal]) : race.signal;

  let winner: { bytes: ArrayBuffer; source: string };
  try {
    winner = await Promise.any(CDN_BASES.map((base) => fetchModule(base, file, combined)));
  } catch (err) {
    signal?.throwIfAborted();
    if (err instanceof AggregateError) {
      const reasons = err.errors.map((e) => (e instanceof Error ? e.message : String(e)));
      throw new Error(`could not load ${file} from any CDN: ${reasons.join('; ')}`, { cause: err });
    }
    throw err;
  } finally {
    race.abort();
  }
  const module = await WebAssembly.compile(winner.bytes);
  return { module, source: winner.source, ms: Math.round(performance.now() - started) };
}

export async function bootEditor(root: HTMLElement, version: string, signal: AbortSignal): Promise<WebAssembly.Instance> {
  root.dataset.state = 'loading';
  const { module, source, ms } = await loadEngine(version, signal);
  console.info(`engine ${version} loaded from ${source} in ${ms}ms`);
  const instance = await WebAssembly.instantiate(module, {
    env: { now: () => performance.now(), log: (code: number) => console.debug('engine', code) },
  });
  root.dataset.state = 'ready';
  return instance;
}
