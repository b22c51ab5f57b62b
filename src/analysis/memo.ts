/**
 * The memo pattern every cache in the analysis uses: the value stored for `key` in `store`, created
 * on first use. Stores are `WeakMap`s keyed by a `ts.Program` (facts shared by every file and rule
 * linted against it), a file's `Program` node (facts of one file) or a node, so whatever the linter
 * releases, its caches go with it.
 */
export function getOrCreate<K extends WeakKey, T>(store: WeakMap<K, T>, key: K, create: () => T): T {
  let value = store.get(key);
  if (value === undefined) {
    value = create();
    store.set(key, value);
  }
  return value;
}
