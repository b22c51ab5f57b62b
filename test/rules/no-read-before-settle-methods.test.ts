import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// Properties of `this` read one call away: a method called right after the registration reads them.
const decl = `declare function fetchRates(): Promise<Record<string, number>>;
declare function show(text: string): void;
`;

typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // A sibling method that assigns the property only on one path (a reset past a size limit) is no setter of it: the queue read after registering its calls is the one meant.
    `interface Command {
  promise: Promise<unknown>;
}
export class Batch {
  private queue: Command[] = [];
  private results: unknown[] = [];
  private record(value: unknown, position: number): void {
    this.results[position] = value;
    if (this.results.length > 1000) {
      this.queue = [];
    }
  }
  add(command: Command): this {
    const position = this.queue.length;
    command.promise.then(
      (value) => this.record(value, position),
      (error) => this.record(error, position),
    );
    this.queue.push(command);
    return this;
  }
}`,
    // A method that writes the property, called now before the handler is handed over: the read sees today's value on purpose; a handed-over method that writes nothing.
    `declare function loadTheme(): Promise<string>;
declare const saved: string | undefined;
export class ThemePicker {
  theme = 'light';
  readonly applyTheme = (name: string): void => {
    this.theme = name;
  };
  readonly log = (name: string): void => {
    console.info('theme loaded', name);
  };
  refresh(): string {
    this.applyTheme(saved ?? 'light');
    loadTheme().then(this.applyTheme).catch(() => {});
    return this.theme;
  }
  announce(): string {
    loadTheme().then(this.log).catch(() => {});
    return this.theme;
  }
}`,
    `${decl}export class Widget { private rates: Record<string, number> = {}; mount() { fetchRates().then((r) => { this.rates = r; this.render(); }); this.render(); } private render() { show(String(this.rates.EUR)); } }`,
    `${decl}export class Widget { private rates: Record<string, number> = {}; mount() { fetchRates().then((r) => { this.rates = r; }).then(() => this.render()); this.render(); } private render() { show(String(this.rates.EUR)); } }`,
    `${decl}export class Widget { private rates?: Record<string, number>; mount() { fetchRates().then((r) => { this.rates = r; }); this.render(); } private render() { if (!this.rates) return show('loading'); show(String(this.rates.EUR)); } }`,
    `${decl}export class Widget { private rates: Record<string, number> = {}; mount() { fetchRates().then((r) => { this.rates = r; }); this.reset(); } private reset() { this.rates = {}; show(String(this.rates.EUR)); } }`,
    `${decl}export class Widget { private rates: Record<string, number> = {}; mount() { fetchRates().then((r) => { this.rates = r; }); void this.render(); } private async render() { await Promise.resolve(); show(String(this.rates.EUR)); } }`,
    `${decl}export class Widget { private rates: Record<string, number> = {}; async mount() { await fetchRates().then((r) => { this.rates = r; }); this.render(); } private render() { show(String(this.rates.EUR)); } }`,
    `${decl}export class Widget { private rates: Record<string, number> = {}; mount() { fetchRates().then((r) => { this.rates = r; }); this.title(); } private title() { show('Pricing'); } }`,
    `${decl}export class Counter { private clicks = 0; mount(button: HTMLButtonElement) { button.addEventListener('click', () => { this.clicks += 1; }); this.render(); } private render() { show(String(this.clicks)); } }`,
  ],
  invalid: [
    // A method field handed over as the handler (then(this.applyTheme)) writes when it runs, later than the read.
    {
      code: `declare function loadTheme(): Promise<string>;
export class ThemePicker {
  theme = 'light';
  readonly applyTheme = (name: string): void => {
    this.theme = name;
  };
  refresh(): string {
    loadTheme().then(this.applyTheme).catch(() => {});
    return \`theme-\${this.theme}\`;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    // The property is written by a sibling method the promise callback calls: the read right after runs first.
    {
      code: `declare function loadTheme(): Promise<string>;
export class ThemePicker {
  theme = 'light';
  private applyTheme(name: string): void {
    this.theme = name;
  }
  refresh(): string {
    loadTheme()
      .then((name) => this.applyTheme(name))
      .catch(() => {});
    return this.theme;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 11,
          column: 12,
          endLine: 11,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    // browser widget: `render` reads `this.rates`, assigned in a `.then` that has not run
    {
      code: `${decl}export class Widget { private rates: Record<string, number> = {}; mount() { fetchRates().then((r) => { this.rates = r; }).catch(() => {}); this.render(); } private render() { show(String(this.rates.EUR)); } }`,
      errors: [
        {
          messageId: 'readInCallBeforeSettle',
          line: 3,
          column: 140,
          endLine: 3,
          endColumn: 153,
          suggestions: [],
        },
      ],
    },
    // two calls away, through an array callback: `render` calls `price` for each plan
    {
      code: `${decl}export class Pricing { private rates: Record<string, number> = {}; constructor(private plans: number[]) {} mount() { fetchRates().then((r) => { this.rates = r; }); this.render(); } private render() { show(this.plans.map((p) => this.price(p)).join(', ')); } private price(usd: number) { return String(usd * (this.rates.EUR ?? 1)); } }`,
      errors: [
        {
          messageId: 'readInCallBeforeSettle',
          line: 3,
          column: 165,
          endLine: 3,
          endColumn: 178,
          suggestions: [],
        },
      ],
    },
    // Node callback: a config class validates before `readFile` has called back
    {
      code: `${decl}import { readFile } from 'node:fs'; export class Config { private values: Record<string, string> = {}; constructor(path: string) { readFile(path, 'utf8', (err, text) => { if (!err) this.values = JSON.parse(text); }); this.validate(); } private validate() { for (const key of ['host', 'port']) if (!(key in this.values)) throw new Error(key); } }`,
      errors: [
        {
          messageId: 'readInCallBeforeSettle',
          line: 3,
          column: 218,
          endLine: 3,
          endColumn: 233,
          suggestions: [],
        },
      ],
    },
    // worker pool: a timer sets the size, and the constructor spawns at once
    {
      code: `${decl}declare function spawnWorker(): void; export class Pool { private size = 0; constructor() { setTimeout(() => { this.size = 4; }, 0); this.spawnAll(); } private spawnAll() { for (let i = 0; i < this.size; i += 1) spawnWorker(); } }`,
      errors: [
        {
          messageId: 'readInCallBeforeSettle',
          line: 3,
          column: 134,
          endLine: 3,
          endColumn: 149,
          suggestions: [],
        },
      ],
    },
  ],
});
