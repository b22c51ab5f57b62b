// expect: none
// The race's finally clears the deadline timer, aborts the losing library request and removes the listener on the caller's signal, so nothing outlives the call.
export interface Spectrum {
  sampleId: string;
  wavelengthsNm: number[];
  absorbance: number[];
}

export interface DyeMatch {
  dye: string;
  source: 'madder' | 'weld' | 'woad' | 'indigo' | 'cochineal' | 'synthetic' | 'unknown';
  confidence: number;
}

export interface DyeLibrary {
  match(spectrum: Spectrum, opts: { signal: AbortSignal }): Promise<DyeMatch[]>;
}

export interface AnalysisOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

export class AnalysisTimeoutError extends Error {
  constructor(readonly sampleId: string, readonly ms: number) {
    super(`dye library did not answer for ${sampleId} within ${ms}ms`);
    this.name = 'TimeoutError';
  }
}

export async function matchDye(
  library: DyeLibrary,
  spectrum: Spectrum,
  options: AnalysisOptions,
): Promise<DyeMatch[]> {
  const outer = options.signal;
  outer?.throwIfAborted();

  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AnalysisTimeoutError(spectrum.sampleId, options.timeoutMs)),
      options.timeoutMs,
    );
  });

  try {
    return await Promise.race([library.match(spectrum, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

export function bestAttribution(matches: DyeMatch[], minConfidence = 0.7): DyeMatch {
  const sorted = [...matches].sort((a, b) => b.confidence - a.confidence);
  const top = sorted[0];
  if (!top || top.confidence < minConfidence) {
    return { dye: 'unattributed', source: 'unknown', confidence: top?.confidence ?? 0 };
  }
  return top;
}

export function normalise(spectrum: Spectrum): Spectrum {
  const peak = Math.max(...spectrum.absorbance, Number.EPSILON);
  return { ...spectrum, absorbance: spectrum.absorbance.map((a) => a / peak) };
}
