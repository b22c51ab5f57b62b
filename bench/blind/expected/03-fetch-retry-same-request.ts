// expect: no-reused-settled-promise
// The fetch is started once before the loop, so every retry re-awaits the same already-rejected promise instead of sending a new request.
const RETRY_DELAYS_MS = [200, 800, 2000];

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

export interface Profile {
  id: string;
  displayName: string;
  avatarUrl: string | null;
}

export async function loadProfile(userId: string): Promise<Profile> {
  const url = `/api/profiles/${encodeURIComponent(userId)}`;
  const request = fetch(url, { headers: { Accept: 'application/json' } });
  let lastError: unknown;

  for (const delay of RETRY_DELAYS_MS) {
    try {
      const response = await request;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as Profile;
    } catch (err) {
      lastError = err;
      console.warn(`profile load failed, retrying in ${delay}ms`, err);
      await wait(delay);
    }
  }
  throw lastError;
}
