// expect: none
// Correct: the mirror race aborts every losing fetch through a shared controller and clears the deadline timer in finally, so no loser keeps running.
interface SurveyImageRef {
  surveyId: string;
  site: string;
  frame: number;
  sha1: string;
}

declare const mirrors: readonly string[];
declare function sha1Hex(bytes: ArrayBuffer): Promise<string>;

class MirrorTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no reef image mirror answered within ${ms}ms`);
    this.name = 'MirrorTimeoutError';
  }
}

async function fetchFrom(mirror: string, ref: SurveyImageRef, signal: AbortSignal): Promise<ArrayBuffer> {
  const url = `${mirror}/surveys/${ref.surveyId}/${ref.site}/${String(ref.frame).padStart(5, '0')}.jpg`;
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${mirror} answered ${res.status}`);
  const body = await res.arrayBuffer();
  if ((await sha1Hex(body)) !== ref.sha1) throw new Error(`${mirror} served a corrupt frame`);
  return body;
}

export async function fetchFastest(
  ref: SurveyImageRef,
  { timeoutMs = 20_000, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<ArrayBuffer> {
  const losers = new AbortController();
  const combined = signal ? AbortSignal.any([signal, losers.signal]) : losers.signal;
  let timer: NodeJS.Timeout | undefined;

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MirrorTimeoutError(timeoutMs)), timeoutMs);
  });

  try {
    return await Promise.race([
      Promise.any(mirrors.map((m) => fetchFrom(m, ref, combined))),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
    losers.abort();
  }
}

export async function fetchTransect(
  refs: readonly SurveyImageRef[],
  signal?: AbortSignal,
): Promise<Map<number, ArrayBuffer>> {
  const frames = new Map<number, ArrayBuffer>();
  for (const ref of refs) {
    signal?.throwIfAborted();
    frames.set(ref.frame, await fetchFastest(ref, { signal }));
  }
  return frames;
}
