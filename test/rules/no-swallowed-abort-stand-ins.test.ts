import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

// An abort test that returns a stand-in kept from before the work ran, a field of the object
// (`this.last ?? this.defaults`) or a module constant written out as a literal (`NO_ROSTER`), hands
// the caller ordinary data for a cancelled operation, as `return []` does. So does `null` when the
// function also returns `null` as an ordinary outcome ("not found"): the caller reads the
// cancellation as that outcome. A field the work gathers into, a `null` that means nothing else,
// and a stand-in for the code's own timeout are left alone.
typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // the abort hands back the frames the work gathered into the field
    `export class Recorder {
  private frames: Uint8Array[] = [];
  constructor(private readonly source: { next(signal: AbortSignal): Promise<Uint8Array | undefined> }) {}
  async record(signal: AbortSignal): Promise<Uint8Array[]> {
    try {
      for (;;) {
        const frame = await this.source.next(signal);
        if (!frame) break;
        this.frames.push(frame);
      }
      return this.frames;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return this.frames;
      throw err;
    }
  }
}`,
    // null on abort, and null is no other outcome of the function
    `interface Berth {
  id: string;
  length: number;
}
export async function findBerth(id: string, signal: AbortSignal): Promise<Berth | null> {
  try {
    const res = await fetch(\`https://harbour.example/berths/\${id}\`, { signal });
    if (!res.ok) throw new Error(\`berth \${id}: \${res.status}\`);
    return (await res.json()) as Berth;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return null;
    throw err;
  }
}`,
    // a void function stops quietly on abort, as it returns early elsewhere
    `declare function upload(part: Uint8Array, signal: AbortSignal): Promise<void>;
export async function uploadAll(parts: Uint8Array[], signal: AbortSignal): Promise<void> {
  if (parts.length === 0) return undefined;
  try {
    for (const part of parts) await upload(part, signal);
  } catch (err) {
    if ((err as Error).name === 'AbortError') return undefined;
    throw err;
  }
}`,
    // the stand-in is for the code's own timeout, not the caller's abort
    `interface Forecast {
  windKts: number;
}
const CALM: Forecast = { windKts: 0 };
export async function forecast(site: string): Promise<Forecast> {
  try {
    const res = await fetch(\`https://wx.example/\${site}\`, { signal: AbortSignal.timeout(2000) });
    return (await res.json()) as Forecast;
  } catch (err) {
    if ((err as Error).name === 'TimeoutError') return CALM;
    throw err;
  }
}`,
    // a module constant computed from the work's own module, not written as a literal
    `interface Menu {
  items: string[];
}
declare function loadBundledMenu(): Menu;
const BUNDLED = loadBundledMenu();
export async function menu(signal: AbortSignal): Promise<Menu> {
  try {
    const res = await fetch('https://cafe.example/menu', { signal });
    return (await res.json()) as Menu;
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return BUNDLED;
  }
}`,
    // a boolean result's false on abort reads the cancellation as "not taken", as when busy
    `declare const locks: { take(name: string, opts: { signal: AbortSignal }): Promise<boolean> };
export async function tryTake(name: string, signal: AbortSignal): Promise<boolean> {
  try {
    const taken = await locks.take(name, { signal });
    if (!taken) return false;
    return true;
  } catch (err) {
    if ((err as Error).name === 'AbortError') return false;
    throw err;
  }
}`,
  ],
  invalid: [
    // the abort hands back the cached reading or the configured defaults
    {
      code: `interface Reading {
  gauge: string;
  level: number;
}
export class GaugeCache {
  private last: Reading[] | undefined;
  constructor(
    private readonly url: string,
    private readonly defaults: Reading[] = [],
  ) {}
  async refresh(signal: AbortSignal): Promise<Reading[]> {
    try {
      const res = await fetch(this.url, { signal });
      const readings = (await res.json()) as Reading[];
      this.last = readings;
      return readings;
    } catch (err) {
      if ((err as Error).name === 'AbortError') return this.last ?? this.defaults;
      throw err;
    }
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 17,
          column: 7,
          endLine: 17,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `interface Reading {
  gauge: string;
  level: number;
}
export class GaugeCache {
  private last: Reading[] | undefined;
  constructor(
    private readonly url: string,
    private readonly defaults: Reading[] = [],
  ) {}
  async refresh(signal: AbortSignal): Promise<Reading[]> {
    try {
      const res = await fetch(this.url, { signal });
      const readings = (await res.json()) as Reading[];
      this.last = readings;
      return readings;
    } catch (err) {
      signal.throwIfAborted();
      if ((err as Error).name === 'AbortError') return this.last ?? this.defaults;
      throw err;
    }
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Reading {
  gauge: string;
  level: number;
}
export class GaugeCache {
  private last: Reading[] | undefined;
  constructor(
    private readonly url: string,
    private readonly defaults: Reading[] = [],
  ) {}
  async refresh(signal: AbortSignal): Promise<Reading[]> {
    try {
      const res = await fetch(this.url, { signal });
      const readings = (await res.json()) as Reading[];
      this.last = readings;
      return readings;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      if ((err as Error).name === 'AbortError') return this.last ?? this.defaults;
      throw err;
    }
  }
}`,
            },
          ],
        },
      ],
    },
    // the abort hands back a module constant written out as a literal
    {
      code: `interface Roster {
  crew: string[];
  shift: number;
}
const NO_ROSTER: Roster = { crew: [], shift: 0 };
export async function loadRoster(shift: number, signal: AbortSignal): Promise<Roster> {
  try {
    const res = await fetch(\`https://crew.example/roster/\${shift}\`, { signal });
    return (await res.json()) as Roster;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return NO_ROSTER;
    throw err;
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `interface Roster {
  crew: string[];
  shift: number;
}
const NO_ROSTER: Roster = { crew: [], shift: 0 };
export async function loadRoster(shift: number, signal: AbortSignal): Promise<Roster> {
  try {
    const res = await fetch(\`https://crew.example/roster/\${shift}\`, { signal });
    return (await res.json()) as Roster;
  } catch (err) {
    signal.throwIfAborted();
    if (err instanceof Error && err.name === 'AbortError') return NO_ROSTER;
    throw err;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Roster {
  crew: string[];
  shift: number;
}
const NO_ROSTER: Roster = { crew: [], shift: 0 };
export async function loadRoster(shift: number, signal: AbortSignal): Promise<Roster> {
  try {
    const res = await fetch(\`https://crew.example/roster/\${shift}\`, { signal });
    return (await res.json()) as Roster;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    if (err instanceof Error && err.name === 'AbortError') return NO_ROSTER;
    throw err;
  }
}`,
            },
          ],
        },
      ],
    },
    // null on abort is also the function's "not found"
    {
      code: `interface Berth {
  id: string;
  length: number;
}
export async function findBerth(id: string, signal: AbortSignal): Promise<Berth | null> {
  try {
    const res = await fetch(\`https://harbour.example/berths/\${id}\`, { signal });
    if (res.status === 404) return null;
    return (await res.json()) as Berth;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return null;
    throw err;
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `interface Berth {
  id: string;
  length: number;
}
export async function findBerth(id: string, signal: AbortSignal): Promise<Berth | null> {
  try {
    const res = await fetch(\`https://harbour.example/berths/\${id}\`, { signal });
    if (res.status === 404) return null;
    return (await res.json()) as Berth;
  } catch (err) {
    signal.throwIfAborted();
    if (err instanceof Error && err.name === 'AbortError') return null;
    throw err;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Berth {
  id: string;
  length: number;
}
export async function findBerth(id: string, signal: AbortSignal): Promise<Berth | null> {
  try {
    const res = await fetch(\`https://harbour.example/berths/\${id}\`, { signal });
    if (res.status === 404) return null;
    return (await res.json()) as Berth;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    if (err instanceof Error && err.name === 'AbortError') return null;
    throw err;
  }
}`,
            },
          ],
        },
      ],
    },
    // null on abort is also what the function gives when the engine finds no move
    {
      code: `interface Hint {
  move: string;
}
declare const engine: { analyse(fen: string, opts: { signal: AbortSignal }): Promise<string[]> };
export async function bestMove(fen: string, signal: AbortSignal): Promise<Hint | null> {
  let lines: string[];
  try {
    lines = await engine.analyse(fen, { signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') return null;
    throw err;
  }
  const best = lines[0];
  return best ? { move: best } : null;
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `interface Hint {
  move: string;
}
declare const engine: { analyse(fen: string, opts: { signal: AbortSignal }): Promise<string[]> };
export async function bestMove(fen: string, signal: AbortSignal): Promise<Hint | null> {
  let lines: string[];
  try {
    lines = await engine.analyse(fen, { signal });
  } catch (err) {
    signal.throwIfAborted();
    if ((err as Error).name === 'AbortError') return null;
    throw err;
  }
  const best = lines[0];
  return best ? { move: best } : null;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Hint {
  move: string;
}
declare const engine: { analyse(fen: string, opts: { signal: AbortSignal }): Promise<string[]> };
export async function bestMove(fen: string, signal: AbortSignal): Promise<Hint | null> {
  let lines: string[];
  try {
    lines = await engine.analyse(fen, { signal });
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    if ((err as Error).name === 'AbortError') return null;
    throw err;
  }
  const best = lines[0];
  return best ? { move: best } : null;
}`,
            },
          ],
        },
      ],
    },
  ],
});
