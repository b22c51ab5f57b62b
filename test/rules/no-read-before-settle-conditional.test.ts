import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A load started only on some path, whose callback only writes: on that path the read right after
// is stale for good, whatever the old value is on the other path.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // The wait in a try block that returns after it can throw into the catch that reads the flag: it is on the read's path.
    `export async function submit(url: string, timeoutMs: number): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const res = await fetch(url, { signal: controller.signal });
    return await res.text();
  } catch (err) {
    if (timedOut) return 'timed out';
    throw err;
  } finally {
    clearTimeout(timer);
  }
}`,
    // Both branches wait for the chain before the read.
    `declare const roster: { forHeat(id: string): Promise<string[]> };
declare function build(plots: string[], judges: string[]): string[];
declare function plotsIn(id: string): string[];

export async function planHeat(heatId: string): Promise<string[]> {
  let judges: string[] = [];
  const loaded = roster.forHeat(heatId).then((list) => {
    judges = list.filter((j) => j.length > 1);
  });
  const plots = plotsIn(heatId);
  if (plots.length === 0) {
    await loaded;
  } else {
    await loaded;
  }
  return build(plots, judges);
}`,
    // the callback rebuilds from what it wrote
    `interface Settings { locale: string; currency: string }
declare const api: { settings(id: string): Promise<Settings> };
const DEFAULTS: Settings = { locale: 'en-US', currency: 'USD' };
export class PriceTag {
  private settings: Settings = DEFAULTS;
  formatter?: Intl.NumberFormat;
  connect(merchant: string | null): void {
    if (merchant) {
      api.settings(merchant).then((s) => {
        this.settings = s;
        this.rebuild();
      });
    }
    this.rebuild();
  }
  private rebuild(): void {
    this.formatter = new Intl.NumberFormat(this.settings.locale, { style: 'currency', currency: this.settings.currency });
  }
}`,
  ],
  invalid: [
    // The only wait before the read is in a branch that returns: on the read's path nothing waited.
    {
      code: `declare const roster: { forHeat(id: string): Promise<string[]> };
declare function build(plots: string[], judges: string[]): string[];
declare function plotsIn(id: string): string[];

export async function planHeat(heatId: string): Promise<string[]> {
  let judges: string[] = [];
  const loaded = roster.forHeat(heatId).then((list) => {
    judges = list.filter((j) => j.length > 1);
  });
  const plots = plotsIn(heatId);
  if (plots.length === 0) {
    await loaded;
    return [];
  }
  const rota = build(plots, judges);
  await loaded;
  return rota;
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 15,
          column: 29,
          endLine: 15,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    // the formatter is built from the defaults when a merchant is given, and never rebuilt
    {
      code: `interface Settings { locale: string; currency: string }
declare const api: { settings(id: string): Promise<Settings> };
const DEFAULTS: Settings = { locale: 'en-US', currency: 'USD' };
export class PriceTag {
  private settings: Settings = DEFAULTS;
  formatter?: Intl.NumberFormat;
  connect(merchant: string | null): void {
    if (merchant) {
      api.settings(merchant).then((s) => {
        this.settings = s;
      });
    }
    this.formatter = new Intl.NumberFormat(this.settings.locale, { style: 'currency', currency: this.settings.currency });
  }
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 13,
          column: 44,
          endLine: 13,
          endColumn: 57,
          suggestions: [],
        },
      ],
    },
  ],
});
