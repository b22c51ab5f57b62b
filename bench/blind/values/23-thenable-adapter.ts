// expect: none
// The typeof x.then === 'function' check only detects thenables; the value is then adopted via Promise.resolve and awaited before use.

export interface Resolver<T> {
  resolve(key: string): T | PromiseLike<T>;
}

function isThenable<T>(value: unknown): value is PromiseLike<T> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

export async function resolveAll<T>(resolver: Resolver<T>, keys: string[]): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  let asyncCount = 0;

  for (const key of keys) {
    const raw = resolver.resolve(key);
    if (isThenable<T>(raw)) {
      asyncCount += 1;
      out.set(key, await Promise.resolve(raw));
    } else {
      out.set(key, raw);
    }
  }

  if (asyncCount > 0) {
    console.debug(`resolved ${asyncCount}/${keys.length} keys asynchronously`);
  }
  return out;
}
