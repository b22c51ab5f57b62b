// The runtime the generated programs execute against (their types are in generate.mjs's
// runtimeDeclarations). The schedule comes from ORACLE_SCHEDULE; events go to stdout as JSON lines.
const schedule = JSON.parse(process.env.ORACLE_SCHEDULE ?? '{"ops":{},"flags":{}}');
const emit = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
const aborted = new Set();
const signals = new Map();
let current = 0;

export function op(id) {
  const { ms = 0, reject = false } = schedule.ops[id] ?? {};
  return new Promise((resolve, fail) => {
    setTimeout(() => (reject ? fail(new Error(`op:${id}`)) : resolve(id)), ms);
  });
}

export function abortable(id, signal) {
  const { ms = 0, reject = false } = schedule.ops[id] ?? {};
  return new Promise((resolve, fail) => {
    const onAbort = () => {
      clearTimeout(timer);
      aborted.add(id);
      fail(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      if (reject) fail(new Error(`op:${id}`));
      else resolve(id);
    }, ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function abortAt(id) {
  const controller = new AbortController();
  const ms = schedule.ops[id]?.abortMs;
  if (typeof ms === 'number') setTimeout(() => controller.abort(), ms);
  signals.set(id, controller.signal);
  return controller.signal;
}

// Without a signal the operation runs to its end; if its caller's signal aborted meanwhile, the
// operation outlived the abort, which counts as the caller continuing past it.
export function request(id, options = {}) {
  if (options.signal) return abortable(id, options.signal);
  return op(id).finally(() => {
    if (signals.get(id)?.aborted) aborted.add(id);
  });
}

export function job(id) {
  const { ms = 0, reject = false } = schedule.ops[id] ?? {};
  const target = new EventTarget();
  setTimeout(() => target.dispatchEvent(new Event(reject ? 'error' : 'load')), ms);
  return target;
}

export function flag(id) {
  return schedule.flags[id] ?? true;
}

export function step() {}

export async function consume(promise) {
  await promise;
}

export function enter(id) {
  current = id;
}

export function reached(id) {
  if (aborted.has(id)) emit({ kind: 'abort', op: id });
}

export function currentUnit() {
  return current;
}
