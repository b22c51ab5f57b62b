import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A load started only on some path, whose callback only writes: on that path the read right after
// is stale for good, whatever the old value is on the other path.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
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
