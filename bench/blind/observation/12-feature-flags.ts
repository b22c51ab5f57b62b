// expect: none
// `defaultsP` comes from Promise.resolve and can never reject, so keeping it pending while the remote flags are awaited first is harmless.
interface Flags { [name: string]: boolean }

declare const flagService: { fetchFlags(env: string, userId: string): Promise<Flags> };

const DEFAULT_FLAGS: Flags = { newCheckout: false, darkMode: true, betaSearch: false };

export async function resolveFlags(env: string, userId: string): Promise<Flags> {
  const defaultsP = Promise.resolve({ ...DEFAULT_FLAGS });
  const remoteP = flagService.fetchFlags(env, userId);

  let remote: Flags = {};
  try {
    remote = await remoteP;
  } catch (err) {
    console.warn(`flag service unavailable for ${env}, using defaults`, err);
  }

  const defaults = await defaultsP;
  return { ...defaults, ...remote };
}

export function isEnabled(flags: Flags, name: string): boolean {
  return flags[name] ?? false;
}
