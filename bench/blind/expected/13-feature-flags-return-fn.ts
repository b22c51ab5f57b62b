// expect: no-uncalled-async-function
// On a cache miss the async function returns the fetchRemoteFlags function itself instead of calling it and returning the flags.
interface Flags {
  [name: string]: boolean;
}

declare const http: {
  getJson<T>(url: string): Promise<T>;
};

const overrides = new Map<string, Flags>();

export function setOverride(userId: string, flags: Flags): void {
  overrides.set(userId, flags);
}

export async function resolveFlags(userId: string) {
  const local = overrides.get(userId);
  if (local) return local;

  const fetchRemoteFlags = async (): Promise<Flags> => {
    const flags = await http.getJson<Flags>(`https://flags.internal/v1/users/${encodeURIComponent(userId)}`);
    return { ...flags, remote: true };
  };

  return fetchRemoteFlags;
}

export function clearOverrides(): void {
  overrides.clear();
}
