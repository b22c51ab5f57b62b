import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// A JSON response serializes what it is given: a function there is dropped, never called.
typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // Steps held by name and a list typed to take anything: no sibling says a promise is meant.
    `export class Playout {
  private async openEncoder(): Promise<void> {}
  private async loadPlaylist(): Promise<void> {}
  start(): Array<() => unknown> {
    const open = () => this.openEncoder();
    const pick = () => this.loadPlaylist;
    return [open, pick, () => this.loadPlaylist()];
  }
}`,
    // A method installed through a property descriptor: the descriptor's value is declared any (a function is meant), whatever the intersection makes of it.
    `export class FileStore {
  async dispose(): Promise<void> {}
}
const asyncDispose = (Symbol as { asyncDispose?: symbol }).asyncDispose;
if (asyncDispose) {
  Object.defineProperty(FileStore.prototype, asyncDispose, { value: FileStore.prototype.dispose, configurable: true });
}`,
    // The awaited result stored as data; the method handed to a slot typed as a function; a function written in place into unknown data.
    `declare const registry: { flagged(unit: string): Promise<boolean> };
declare function schedule(job: { name: string; run: () => Promise<unknown> }): void;
declare function log(fields: Record<string, unknown>): void;
export class BloodUnit {
  constructor(readonly id: string) {}
  async isFlagged(): Promise<boolean> {
    return registry.flagged(this.id);
  }
  async summary(): Promise<Record<string, unknown>> {
    return { id: this.id, flagged: await this.isFlagged() };
  }
  register(): void {
    schedule({ name: \`recheck \${this.id}\`, run: this.isFlagged });
    log({ unit: this.id, check: async () => this.isFlagged() });
  }
}`,
    // the slot's function is handed to a registry that takes a handler
    `declare function loadProfile(id: string): Promise<{ name: string }>;
declare const router: { json(body: unknown): Response; register(name: string, handler: () => Promise<unknown>): void };
export async function dashboard(id: string): Promise<Response> {
  const refresh = async () => loadProfile(id);
  const [profile, handler] = await Promise.all([loadProfile(id), refresh]);
  router.register('refresh', handler);
  return router.json({ profile });
}`,
  ],
  invalid: [
    {
      // A step in a list of steps returns the method where its siblings return promises: awaiting the step never runs it.
      code: `export class Playout {
  private async openEncoder(): Promise<void> {}
  private async loadPlaylist(): Promise<void> {}
  private async connectStream(): Promise<void> {}
  async start(): Promise<void> {
    const steps = [() => this.openEncoder(), () => this.loadPlaylist, () => this.connectStream()];
    for (const step of steps) await step();
  }
}`,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 6,
          column: 52,
          endLine: 6,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'suggestCall',
              data: { name: 'this.loadPlaylist' },
              output: `export class Playout {
  private async openEncoder(): Promise<void> {}
  private async loadPlaylist(): Promise<void> {}
  private async connectStream(): Promise<void> {}
  async start(): Promise<void> {
    const steps = [() => this.openEncoder(), () => this.loadPlaylist(), () => this.connectStream()];
    for (const step of steps) await step();
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // An async method stored uncalled as a field of data typed Record<string, unknown>: the function, not its result, goes out.
      code: `declare const registry: { flagged(unit: string): Promise<boolean> };
export class BloodUnit {
  constructor(readonly id: string) {}
  async isFlagged(): Promise<boolean> {
    return registry.flagged(this.id);
  }
  async summary(): Promise<Record<string, unknown>> {
    return { id: this.id, flagged: this.isFlagged };
  }
}`,
      errors: [
        {
          messageId: 'uncalledAsData',
          line: 8,
          column: 36,
          endLine: 8,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestAwaitValue',
              data: { name: 'this.isFlagged' },
              output: `declare const registry: { flagged(unit: string): Promise<boolean> };
export class BloodUnit {
  constructor(readonly id: string) {}
  async isFlagged(): Promise<boolean> {
    return registry.flagged(this.id);
  }
  async summary(): Promise<Record<string, unknown>> {
    return { id: this.id, flagged: await this.isFlagged() };
  }
}`,
            },
          ],
        },
      ],
    },
    // the uncalled loader's slot goes into `Response.json`, which drops functions
    {
      code: `declare function loadProfile(id: string): Promise<{ name: string }>;
declare function loadTotals(id: string): Promise<number>;
export async function dashboard(id: string): Promise<Response> {
  const fetchUsage = async () => ({ total: await loadTotals(id) });
  const [profile, usage] = await Promise.all([loadProfile(id), fetchUsage]);
  return Response.json({ profile, usage });
}`,
      output: `declare function loadProfile(id: string): Promise<{ name: string }>;
declare function loadTotals(id: string): Promise<number>;
export async function dashboard(id: string): Promise<Response> {
  const fetchUsage = async () => ({ total: await loadTotals(id) });
  const [profile, usage] = await Promise.all([loadProfile(id), fetchUsage()]);
  return Response.json({ profile, usage });
}`,
      errors: [
        {
          messageId: 'uncalledInCombinator',
          line: 5,
          column: 64,
          endLine: 5,
          endColumn: 74,
          suggestions: [],
        },
      ],
    },
  ],
});
