// expect: none
// The catch block rethrows AbortError untouched and only wraps genuine lookup failures, and the received signal reaches both fetch and the debounce timer.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SaddlePattern {
  patternId: string;
  maker: string;
  style: 'western' | 'english' | 'australian-stock';
  seatSizesIn: number[];
  leatherSqFt: number;
}

export interface PatternQuery {
  text: string;
  style?: SaddlePattern['style'];
  seatSizeIn?: number;
}

export class PatternSearchError extends Error {
  constructor(query: string, cause: unknown) {
    super(`pattern search for "${query}" failed`, { cause });
  }
}

declare const catalogConfig: {
  searchUrl: string;
  debounceMs: number;
};

function isAbort(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';
}

function toSearchParams(query: PatternQuery): URLSearchParams {
  const params = new URLSearchParams({ q: query.text.trim() });
  if (query.style) params.set('style', query.style);
  if (query.seatSizeIn) params.set('seat', query.seatSizeIn.toFixed(1));
  return params;
}

export async function searchPatterns(query: PatternQuery, signal: AbortSignal): Promise<SaddlePattern[]> {
  await sleep(catalogConfig.debounceMs, undefined, { signal });
  try {
    const response = await fetch(`${catalogConfig.searchUrl}?${toSearchParams(query)}`, { signal });
    if (!response.ok) {
      throw new Error(`catalog responded with HTTP ${response.status}`);
    }
    const patterns = (await response.json()) as SaddlePattern[];
    return patterns
      .filter((p) => (query.seatSizeIn ? p.seatSizesIn.includes(query.seatSizeIn) : true))
      .sort((a, b) => a.leatherSqFt - b.leatherSqFt);
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new PatternSearchError(query.text, err);
  }
}

export class PatternSearchBox {
  private controller?: AbortController;
  results: SaddlePattern[] = [];
  lastError?: PatternSearchError;

  async onInput(query: PatternQuery): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;

    if (query.text.trim().length < 2) {
      this.results = [];
      return;
    }

    try {
      this.results = await searchPatterns(query, controller.signal);
      this.lastError = undefined;
    } catch (err) {
      if (err instanceof PatternSearchError) {
        this.lastError = err;
        return;
      }
      throw err;
    }
  }
}
