// expect: none
// The setTimeout callback is synchronous (it only calls controller.abort()), so there is no promise for the timer to drop.
export class TimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`request to ${url} timed out after ${ms}ms`);
    this.name = 'TimeoutError';
  }
}

export async function fetchJsonWithTimeout<T>(url: string, ms = 8_000, init: RequestInit = {}): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);

  try {
    const res = await fetch(url, { ...init, signal: controller.signal });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return (await res.json()) as T;
  } catch (err) {
    if (controller.signal.aborted) throw new TimeoutError(url, ms);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

export function searchProducts(query: string) {
  return fetchJsonWithTimeout<{ hits: Array<{ id: string; title: string }> }>(
    `/api/search?q=${encodeURIComponent(query)}`,
    3_000,
  );
}
