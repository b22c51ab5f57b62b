// expect: none
// The value is only inspected with instanceof Promise to decide whether to chain it; it is never used as the resolved value.

export type MaybePromise<T> = T | Promise<T>;

export interface HookResult {
  skip: boolean;
  reason?: string;
}

export type Hook = (event: string) => MaybePromise<HookResult>;

export function runHook(hook: Hook, event: string): Promise<HookResult> {
  let outcome: MaybePromise<HookResult>;
  try {
    outcome = hook(event);
  } catch (err) {
    return Promise.reject(err);
  }

  if (outcome instanceof Promise) {
    return outcome.then((r) => ({ skip: r.skip, reason: r.reason ?? 'async hook' }));
  }

  return Promise.resolve({ skip: outcome.skip, reason: outcome.reason ?? 'sync hook' });
}

export async function runAll(hooks: Hook[], event: string): Promise<string[]> {
  const reasons: string[] = [];
  for (const hook of hooks) {
    const r = await runHook(hook, event);
    if (r.skip) reasons.push(r.reason ?? 'skipped');
  }
  return reasons;
}
