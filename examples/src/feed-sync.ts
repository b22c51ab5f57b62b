// Feed sync: downloads pages for a caller that may cancel, with a deadline per request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SyncOptions {
  signal?: AbortSignal;
  retries?: number;
}

// The caller's signal never reaches fetch or the back-off sleep.
export async function fetchPage(url: string, { signal, retries = 3 }: SyncOptions = {}): Promise<unknown> {
  for (let attempt = 0; attempt <= retries; attempt++) {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (response.ok) return response.json();
    await sleep(100 * 2 ** attempt);
  }
  throw new Error(`giving up on ${url}`);
}

// An abort is logged as a failure and the loop moves on to the next page.
export async function syncAll(urls: string[], signal: AbortSignal): Promise<unknown[]> {
  const pages: unknown[] = [];
  for (const url of urls) {
    try {
      pages.push(await fetchPage(url, { signal }));
    } catch (error) {
      console.warn(`skipping ${url}`, error);
    }
  }
  return pages;
}

// The losing fetch keeps downloading, the losing timer keeps the process alive (strict config).
export async function fetchWithDeadline(url: string, ms: number): Promise<Response> {
  return Promise.race([
    fetch(url),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)),
  ]);
}

// Correct: the signal is handed on, aborts are rethrown, and the deadline is a signal.
export async function syncAllSafely(urls: string[], signal: AbortSignal): Promise<unknown[]> {
  const pages: unknown[] = [];
  for (const url of urls) {
    try {
      const response = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(5000)]) });
      pages.push(await response.json());
    } catch (error) {
      signal.throwIfAborted();
      console.warn(`skipping ${url}`, error);
    }
  }
  return pages;
}
