// Generates small, valid, typed async TypeScript programs from the patterns the rules are about,
// together with the facts the runner needs: which lines belong to which unit, which units can fail
// and how. Deterministic: the same seed gives the same programs.

import { random } from '../generate.mjs';

/** The runtime's types, as the linter sees them (the runner executes `runtime.js` instead). */
export const runtimeDeclarations = `/** Resolves to \`id\` or rejects with \`Error('op:<id>')\` after a delay chosen by the schedule. */
export declare function op(id: number): Promise<number>;
/** Like \`op\`, but rejects with an AbortError as soon as \`signal\` aborts. */
export declare function abortable(id: number, signal: AbortSignal): Promise<number>;
/** A signal that the schedule aborts after some delay (or never). */
export declare function abortAt(id: number): AbortSignal;
/** A boolean chosen by the schedule. */
export declare function flag(id: number): boolean;
/** Awaits the promise it is given (a helper that takes over a promise). */
export declare function consume(promise: Promise<number>): Promise<void>;
/** Uses a value (so that it is not unused). */
export declare function step(value: number): void;
/** Records that main entered unit \`id\` (for the runner's bookkeeping). */
export declare function enter(id: number): void;
/** Records that the caller of abort-aware unit \`id\` continued normally. */
export declare function reached(id: number): void;
/** Like \`op\`, taking an options object: with a \`signal\` it is \`abortable\`, without one it runs to the end. */
export declare function request(id: number, options: { signal?: AbortSignal }): Promise<number>;
/** Events a job emits once: \`load\` when it succeeds, \`error\` when it fails (as the schedule says). */
export interface JobEventMap {
  load: Event;
  error: Event;
}
/** A job running in the background, announcing its end with an event (a DOM-style target). */
export interface Job extends EventTarget {
  onerror: ((event: Event) => void) | null;
  addEventListener<K extends keyof JobEventMap>(type: K, listener: (event: JobEventMap[K]) => void): void;
}
/** Starts job \`id\`. */
export declare function job(id: number): Job;
`;

// Each unit writes statements into main (and maybe a helper function before it). `expect` says
// what can go wrong at run time: 'unhandled' (a rejection nobody handles), 'hang' (main never
// settles), 'abort' (an aborted operation's caller continues), or nothing.
const units = {
  awaited: (u) => ({ main: [`await op(${u.op()});`] }),
  floating: (u) => ({ main: [`op(${u.op()});`], expect: 'unhandled' }),
  floatingThen: (u) => ({ main: [`op(${u.op()}).then((value) => step(value));`], expect: 'unhandled' }),
  caught: (u) => ({ main: [`op(${u.op()}).catch(() => undefined);`] }),
  thenBoth: (u) => ({ main: [`op(${u.op()}).then(() => undefined, () => undefined);`] }),
  storedLater: (u) => {
    const id = u.op();
    return { main: [`const p${id} = op(${id});`], later: [`await p${id};`], expect: 'unhandled' };
  },
  storedBranch: (u) => {
    const id = u.op();
    return { main: [`const p${id} = op(${id});`, `if (flag(${u.flag()})) return;`, `await p${id};`], expect: 'unhandled', ends: true };
  },
  storedHandled: (u) => {
    const id = u.op();
    return { main: [`const p${id} = op(${id});`, `p${id}.catch(() => undefined);`, `await op(${u.op()});`, `await p${id};`] };
  },
  allNow: (u) => ({ main: [`await Promise.all([op(${u.op()}), op(${u.op()})]);`] }),
  allStored: (u) => {
    const a = u.op();
    const b = u.op();
    return { main: [`const p${a} = op(${a});`, `const p${b} = op(${b});`, `await Promise.all([p${a}, p${b}]);`] };
  },
  loopArray: (u) => {
    const a = u.op();
    const b = u.op();
    return { main: [`const list${a} = [op(${a}), op(${b})];`, `for (const item of list${a}) await item;`], expect: 'unhandled' };
  },
  settledChecked: (u) => {
    const a = u.op();
    return {
      main: [
        `const results${a} = await Promise.allSettled([op(${a}), op(${u.op()})]);`,
        `step(results${a}.filter((result) => result.status === 'rejected').length);`,
      ],
    };
  },
  mapFloating: (u) => {
    const a = u.op();
    const b = u.op();
    return { main: [`[${a}, ${b}].map(async (id) => {`, `  await op(id);`, `});`], expect: 'unhandled' };
  },
  mapAll: (u) => ({ main: [`await Promise.all([${u.op()}, ${u.op()}].map(async (id) => {`, `  await op(id);`, `}));`] }),
  handedOff: (u) => {
    const id = u.op();
    return { main: [`const p${id} = op(${id});`, `await consume(p${id});`] };
  },
  raced: (u) => ({ main: [`step(await Promise.race([op(${u.op()}), op(${u.op()})]));`] }),
  anyCaught: (u) => ({ main: [`step(await Promise.any([op(${u.op()}), op(${u.op()})]).catch(() => 0));`] }),
  returnedAwaited: (u) => {
    const id = u.op();
    return { helper: [`function start${id}(): Promise<number> {`, `  return op(${id});`, `}`], main: [`await start${id}();`] };
  },
  returnedDropped: (u) => {
    const id = u.op();
    return {
      helper: [`function start${id}(): Promise<number> {`, `  return op(${id});`, `}`],
      main: [`start${id}();`],
      expect: 'unhandled',
    };
  },
  forAwaitArray: (u) => {
    const a = u.op();
    const b = u.op();
    return { main: [`for await (const value of [op(${a}), op(${b})]) step(value);`], expect: 'unhandled' };
  },
  thrownBranch: (u) => {
    const id = u.op();
    return {
      main: [`const p${id} = op(${id});`, `if (flag(${u.flag()})) throw new Error('early exit');`, `await p${id};`],
      expect: 'unhandled',
      ends: true,
    };
  },
  chainedLater: (u) => {
    const id = u.op();
    return { main: [`const p${id} = op(${id}).then((value) => value + 1);`], later: [`step(await p${id});`], expect: 'unhandled' };
  },
  executorMaybe: (u) => ({
    main: [`await new Promise<void>((resolve) => {`, `  if (flag(${u.flag()})) resolve();`, `});`],
    expect: 'hang',
  }),
  executorTimer: () => ({ main: [`await new Promise<void>((resolve) => setTimeout(resolve, 1));`] }),
  executorBoth: (u) => {
    const id = u.op();
    return {
      main: [
        `await new Promise<void>((resolve, reject) => {`,
        `  if (flag(${u.flag()})) resolve();`,
        `  else reject(new Error('op:${id}'));`,
        `});`,
      ],
    };
  },
  abortSwallowed: (u) => {
    const id = u.op();
    return {
      helper: [
        `async function task${id}(signal: AbortSignal): Promise<void> {`,
        `  try {`,
        `    await abortable(${id}, signal);`,
        `  } catch (error) {`,
        `    console.log('task ${id} failed', String(error));`,
        `  }`,
        `}`,
      ],
      main: [`await task${id}(abortAt(${id}));`, `reached(${id});`],
      expect: 'abort',
    };
  },
  abortRethrown: (u) => {
    const id = u.op();
    return {
      helper: [
        `async function task${id}(signal: AbortSignal): Promise<void> {`,
        `  try {`,
        `    await abortable(${id}, signal);`,
        `  } catch (error) {`,
        `    if (signal.aborted) throw error;`,
        `    console.log('task ${id} failed', String(error));`,
        `  }`,
        `}`,
      ],
      // The abort propagates out of main (the runner handles main's rejection), so this unit goes last.
      main: [`await task${id}(abortAt(${id}));`, `reached(${id});`],
      ends: true,
    };
  },
  abortFallback: (u) => {
    const id = u.op();
    return {
      helper: [
        `async function task${id}(signal: AbortSignal): Promise<number> {`,
        `  return abortable(${id}, signal).catch(() => 0);`,
        `}`,
      ],
      main: [`step(await task${id}(abortAt(${id})));`, `reached(${id});`],
      expect: 'abort',
    };
  },
  abortCheckedFallback: (u) => {
    const id = u.op();
    return {
      helper: [
        `async function task${id}(signal: AbortSignal): Promise<number> {`,
        `  return abortable(${id}, signal).catch((error: unknown) => {`,
        `    if (signal.aborted) throw error;`,
        `    return 0;`,
        `  });`,
        `}`,
      ],
      main: [`step(await task${id}(abortAt(${id})));`, `reached(${id});`],
      ends: true,
    };
  },
  abortRetryLoop: (u) => {
    const id = u.op();
    return {
      helper: [
        `async function task${id}(signal: AbortSignal): Promise<void> {`,
        `  for (let attempt = 0; attempt < 2; attempt++) {`,
        `    try {`,
        `      await abortable(${id}, signal);`,
        `      return;`,
        `    } catch (error) {`,
        `      console.log('attempt', attempt, 'failed', String(error));`,
        `    }`,
        `  }`,
        `}`,
      ],
      main: [`await task${id}(abortAt(${id}));`, `reached(${id});`],
      expect: 'abort',
    };
  },
  abortFinally: (u) => {
    const id = u.op();
    return {
      helper: [
        `async function task${id}(signal: AbortSignal): Promise<void> {`,
        `  try {`,
        `    await abortable(${id}, signal);`,
        `  } finally {`,
        `    step(${id});`,
        `  }`,
        `}`,
      ],
      main: [`await task${id}(abortAt(${id}));`, `reached(${id});`],
      ends: true,
    };
  },
  // Event-driven executors: a job announces success (`load`) or failure (`error`) with an event.
  eventSuccessOnly: (u) => {
    const id = u.op();
    return {
      main: [`step(await new Promise<number>((resolve) => {`, `  job(${id}).addEventListener('load', () => resolve(${id}));`, `}));`],
      expect: 'hang',
    };
  },
  eventBoth: (u) => {
    const id = u.op();
    return {
      main: [
        `step(await new Promise<number>((resolve, reject) => {`,
        `  const job${id} = job(${id});`,
        `  job${id}.addEventListener('load', () => resolve(${id}));`,
        `  job${id}.addEventListener('error', () => reject(new Error('op:${id}')));`,
        `}));`,
      ],
    };
  },
  // Signals carried in an options object.
  optionsSignalSwallowed: (u) => {
    const id = u.op();
    return {
      helper: [
        `async function task${id}(options: { signal: AbortSignal }): Promise<void> {`,
        `  try {`,
        `    step(await request(${id}, { signal: options.signal }));`,
        `  } catch (error) {`,
        `    console.log('task ${id} failed', String(error));`,
        `  }`,
        `}`,
      ],
      main: [`await task${id}({ signal: abortAt(${id}) });`, `reached(${id});`],
      expect: 'abort',
    };
  },
  optionsSignalDropped: (u) => {
    const id = u.op();
    return {
      helper: [`async function task${id}(options: { signal: AbortSignal }): Promise<number> {`, `  return request(${id}, {});`, `}`],
      main: [`step(await task${id}({ signal: abortAt(${id}) }));`, `reached(${id});`],
      expect: 'abort',
    };
  },
  optionsSignalPassed: (u) => {
    const id = u.op();
    return {
      helper: [
        `async function task${id}(options: { signal: AbortSignal }): Promise<number> {`,
        `  return request(${id}, { signal: options.signal });`,
        `}`,
      ],
      // The abort propagates out of main, so this unit goes last.
      main: [`step(await task${id}({ signal: abortAt(${id}) }));`, `reached(${id});`],
      ends: true,
    };
  },
  // A `let` holding the next result, fetched ahead.
  prefetchWindow: (u) => {
    const a = u.op();
    const b = u.op();
    const c = u.op();
    return {
      main: [`let next${a} = op(${a});`, `step(await next${a});`, `next${a} = op(${b});`, `await op(${c});`, `step(await next${a});`],
      expect: 'unhandled',
    };
  },
  prefetchLoop: (u) => {
    const a = u.op();
    const b = u.op();
    const c = u.op();
    return {
      main: [
        `let next${a} = op(${a});`,
        `for (const id of [${b}, ${c}]) {`,
        `  const value = await next${a};`,
        `  next${a} = op(id);`,
        `  step(value);`,
        `}`,
        `step(await next${a});`,
      ],
    };
  },
};

/** Unit names in a fixed order (the generator picks from this list by index). */
export const unitNames = Object.keys(units);

/**
 * One program: its source, and per unit the lines it owns and what may go wrong there.
 * `ops` maps each op id to its unit.
 */
export function generateProgram(seed) {
  const next = random(seed);
  let nextOp = 1;
  let nextFlag = 1;
  const helperLines = [];
  const mainLines = [];
  const unitsOut = [];
  const ops = {};
  const flags = [];
  const count = 2 + Math.floor(next() * 4);
  let pendingLater = [];
  for (let index = 1; index <= count; index++) {
    const name = unitNames[Math.floor(next() * unitNames.length)];
    const unitOps = [];
    const made = units[name]({
      op: () => {
        const id = nextOp++;
        unitOps.push(id);
        return id;
      },
      flag: () => {
        const id = nextFlag++;
        flags.push(id);
        return id;
      },
    });
    // A unit that may end main early goes last.
    if (made.ends && index < count) {
      index--;
      nextOp -= unitOps.length;
      nextFlag -= made.main.join('').match(/flag\(/g)?.length ?? 0;
      flags.length = nextFlag - 1;
      continue;
    }
    const unit = { id: index, name, expect: made.expect ?? null, lines: [] };
    for (const id of unitOps) ops[id] = index;
    for (const line of made.helper ?? []) {
      helperLines.push({ text: line, unit: index });
    }
    mainLines.push({ text: `enter(${index});`, unit: null });
    for (const line of made.main) mainLines.push({ text: line, unit: index });
    // Awaits of promises stored earlier come after the next unit (so something suspends in between).
    for (const line of pendingLater) mainLines.push(line);
    pendingLater = (made.later ?? []).map((text) => ({ text, unit: index }));
    unitsOut.push(unit);
  }
  for (const line of pendingLater) mainLines.push(line);

  const text = [];
  const push = (line, unit) => {
    text.push(line);
    if (unit !== null && unit !== undefined) unitsOut[unit - 1].lines.push(text.length);
  };
  push(`import { abortable, abortAt, consume, enter, flag, job, op, reached, request, step } from './runtime.js';`);
  push('');
  for (const line of helperLines) push(line.text, line.unit);
  if (helperLines.length > 0) push('');
  push('export async function main(): Promise<void> {');
  for (const line of mainLines) push(`  ${line.text}`, line.unit);
  push('}');
  return { seed, source: `${text.join('\n')}\n`, units: unitsOut, ops, opCount: nextOp - 1, flags: flags.length };
}

/** A schedule for a program: per op a delay and an outcome, per flag a value, per abortable op an abort time. */
export function generateSchedule(program, seed) {
  const next = random(seed * 7919 + program.seed);
  const ops = {};
  for (let id = 1; id <= program.opCount; id++) {
    ops[id] = { ms: Math.floor(next() * 12), reject: next() < 0.5, abortMs: next() < 0.6 ? Math.floor(next() * 12) : null };
  }
  const flags = {};
  for (let id = 1; id <= program.flags; id++) flags[id] = next() < 0.5;
  return { ops, flags };
}
