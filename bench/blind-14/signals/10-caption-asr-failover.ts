// expect: none
// Promise.any over the ASR regions shares one controller that is aborted once a winner settles, and the hedge timers are cleared.
export interface AsrRegion {
  name: string;
  baseUrl: string;
  hedgeDelayMs: number;
}

export interface CaptionSegment {
  startMs: number;
  endMs: number;
  text: string;
  speaker?: string;
}

interface TranscribeOptions {
  language: string;
  signal?: AbortSignal;
}

async function transcribeAt(region: AsrRegion, audio: Uint8Array, language: string, signal: AbortSignal): Promise<CaptionSegment[]> {
  const res = await fetch(`${region.baseUrl}/v1/transcribe?lang=${encodeURIComponent(language)}`, {
    method: 'POST',
    headers: { 'content-type': 'audio/ogg' },
    body: audio,
    signal,
  });
  if (!res.ok) throw new Error(`${region.name}: ${res.status}`);
  const body = (await res.json()) as { segments: CaptionSegment[] };
  return body.segments;
}

function hedged(ms: number, signal: AbortSignal, timers: Set<ReturnType<typeof setTimeout>>): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ms <= 0) return resolve();
    signal.throwIfAborted();
    const t = setTimeout(() => {
      timers.delete(t);
      resolve();
    }, ms);
    timers.add(t);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

export async function transcribeChunk(regions: AsrRegion[], audio: Uint8Array, opts: TranscribeOptions): Promise<CaptionSegment[]> {
  if (regions.length === 0) throw new Error('no ASR regions configured');

  const controller = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, controller.signal]) : controller.signal;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  try {
    return await Promise.any(
      regions.map(async (region) => {
        await hedged(region.hedgeDelayMs, signal, timers);
        return transcribeAt(region, audio, opts.language, signal);
      }),
    );
  } catch (err) {
    opts.signal?.throwIfAborted();
    if (err instanceof AggregateError) {
      throw new Error(`all ASR regions failed: ${err.errors.map(String).join('; ')}`, { cause: err });
    }
    throw err;
  } finally {
    for (const t of timers) clearTimeout(t);
    timers.clear();
    controller.abort();
  }
}

export function shiftSegments(segments: CaptionSegment[], offsetMs: number): CaptionSegment[] {
  return segments.map((s) => ({ ...s, startMs: s.startMs + offsetMs, endMs: s.endMs + offsetMs }));
}
