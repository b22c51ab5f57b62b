import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// Properties of `this` read one call away: a method called right after the registration reads them.
const decl = `declare function fetchRates(): Promise<Record<string, number>>;
declare function show(text: string): void;
`;

typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
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
