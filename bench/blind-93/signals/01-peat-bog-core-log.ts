// expect: none
// The caller's signal is merged with a timeout via AbortSignal.any and reaches fetch, the retry sleep and the line reader through the options spread.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  retries?: number;
}

export interface CoreLogLine {
  depthCm: number;
  description: string;
  vonPost: number;
}

const LAB_BASE = process.env.PEAT_LAB_URL ?? 'https://lab.example.org/api/v2';

function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

async function* readLines(body: ReadableStream<Uint8Array>, opts: { signal?: AbortSignal }): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let carry = '';
  for await (const chunk of body) {
    opts.signal?.throwIfAborted();
    carry += decoder.decode(chunk, { stream: true });
    const lines = carry.split('\n');
    carry = lines.pop() ?? '';
    yield* lines;
  }
  if (carry) yield carry;
}

async function getWithRetry(url: string, opts: FetchOptions): Promise<Response> {
  const { retries = 2, timeoutMs = 10_000 } = opts;
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, { signal: withTimeout(opts.signal, timeoutMs) });
    if (res.status < 500 || attempt >= retries) return res;
    await res.body?.cancel();
    await sleep(400 * 2 ** attempt, undefined, { signal: opts.signal });
  }
}

export async function fetchCoreLog(coreId: string, opts: FetchOptions = {}): Promise<CoreLogLine[]> {
  const res = await getWithRetry(`${LAB_BASE}/cores/${encodeURIComponent(coreId)}/log.tsv`, { ...opts });
  if (!res.ok || !res.body) throw new Error(`core ${coreId}: HTTP ${res.status}`);

  const out: CoreLogLine[] = [];
  for await (const line of readLines(res.body, opts)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [depth, vonPost, ...rest] = line.split('\t');
    out.push({ depthCm: Number(depth), vonPost: Number(vonPost), description: rest.join(' ').trim() });
  }
  return out;
}

export async function fetchTransect(coreIds: string[], signal: AbortSignal): Promise<Map<string, CoreLogLine[]>> {
  const logs = new Map<string, CoreLogLine[]>();
  for (const id of coreIds) {
    logs.set(id, await fetchCoreLog(id, { signal, timeoutMs: 20_000 }));
  }
  return logs;
}
