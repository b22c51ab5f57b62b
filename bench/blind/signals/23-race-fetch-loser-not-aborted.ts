// expect: no-leaked-race
// The deadline timer is cleared in finally, but when the deadline wins the race the losing fetch is never aborted and keeps streaming the response in the background.

export class DeadlineExceeded extends Error {
  override name = "DeadlineExceeded";
}

export async function getJsonWithDeadline<T>(url: string, deadlineMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(`${url} took longer than ${deadlineMs}ms`)), deadlineMs);
  });
  try {
    const res = await Promise.race([fetch(url), deadline]);
    if (!res.ok) {
      throw new Error(`GET ${url}: ${res.status}`);
    }
    return (await res.json()) as T;
  } finally {
    clearTimeout(timer);
  }
}

export function getServiceHealth(base: string): Promise<{ status: string }> {
  return getJsonWithDeadline(`${base}/healthz`, 2_000);
}
