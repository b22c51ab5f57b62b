// expect: none
// Transient scanner errors are retried, but an abort is rethrown as soon as it is seen and the backoff sleep itself is cancellable.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SporePrint {
  specimenId: string;
  permitNo: string;
  collectedIn: string;
  paperColour: 'white' | 'black' | 'split';
}

export interface MicroscopyResult {
  specimenId: string;
  sporeColour: 'white' | 'cream' | 'pink' | 'brown' | 'purple-brown' | 'black';
  meanLengthUm: number;
  meanWidthUm: number;
}

declare const microscope: {
  scan(specimenId: string, options: { signal?: AbortSignal; magnification: 400 | 1000 }): Promise<MicroscopyResult>;
};
declare const permitRegistry: {
  attachFinding(permitNo: string, finding: MicroscopyResult, options: { signal?: AbortSignal }): Promise<void>;
};

export class ScannerBusyError extends Error {
  constructor(specimenId: string) {
    super(`microscope busy while scanning ${specimenId}`);
    this.name = 'ScannerBusyError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export async function scanWithRetry(
  specimenId: string,
  options: { signal?: AbortSignal; attempts?: number } = {},
): Promise<MicroscopyResult> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await microscope.scan(specimenId, { signal: options.signal, magnification: 1000 });
    } catch (err) {
      if (isAbort(err)) throw err;
      options.signal?.throwIfAborted();
      if (!(err instanceof ScannerBusyError) || attempt >= attempts) throw err;
      await sleep(250 * 2 ** attempt, undefined, { signal: options.signal });
    }
  }
}

export function qwValue(result: MicroscopyResult): number {
  return Math.round((result.meanLengthUm / result.meanWidthUm) * 100) / 100;
}

export function flagLookalikes(result: MicroscopyResult): string[] {
  const flags: string[] = [];
  if (result.sporeColour === 'pink') flags.push('Entoloma risk: confirm before permit sign-off');
  if (result.sporeColour === 'white' && qwValue(result) < 1.2) flags.push('possible Amanita: send to senior mycologist');
  if (result.sporeColour === 'purple-brown') flags.push('check for Agaricus xanthodermus yellowing');
  return flags;
}

export async function processPrintTray(
  prints: SporePrint[],
  options: { signal?: AbortSignal } = {},
): Promise<Map<string, string[]>> {
  const flagged = new Map<string, string[]>();
  for (const print of prints) {
    options.signal?.throwIfAborted();
    const result = await scanWithRetry(print.specimenId, { signal: options.signal });
    await permitRegistry.attachFinding(print.permitNo, result, { signal: options.signal });
    const flags = flagLookalikes(result);
    if (flags.length > 0) flagged.set(print.specimenId, flags);
  }
  return flagged;
}
