// expect: no-read-before-settle
// resolve() spreads this.overrides right after loadOverrides() starts an fs.readFile callback, so the file's flags are never applied on the first (and cached) resolution.
import { readFile } from 'node:fs';
import path from 'node:path';

type FlagValue = boolean | number | string;
type FlagSet = Record<string, FlagValue>;

declare const telemetry: {
  count(metric: string, tags?: Record<string, string>): void;
};

const DEFAULT_FLAGS: FlagSet = {
  'checkout.newPaymentSheet': false,
  'search.maxResults': 25,
  'search.ranker': 'bm25',
};

export class FeatureFlagResolver {
  private overrides: FlagSet = {};
  private resolved: FlagSet | null = null;

  constructor(
    private readonly configDir: string,
    private readonly env: string,
  ) {}

  private loadOverrides(): void {
    const file = path.join(this.configDir, `flags.${this.env}.json`);
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        if (err.code !== 'ENOENT') {
          console.warn(`[flags] could not read ${file}: ${err.message}`);
        }
        return;
      }
      try {
        const parsed = JSON.parse(text) as unknown;
        if (parsed && typeof parsed === 'object') {
          this.overrides = parsed as FlagSet;
          telemetry.count('flags.overrides_loaded', { env: this.env });
        }
      } catch (parseErr) {
        console.warn(`[flags] ${file} is not valid JSON`, parseErr);
      }
    });
  }

  resolve(): FlagSet {
    if (this.resolved) return this.resolved;
    this.loadOverrides();
    const merged: FlagSet = { ...DEFAULT_FLAGS };
    for (const [key, value] of Object.entries(this.overrides)) {
      if (!(key in DEFAULT_FLAGS)) {
        console.warn(`[flags] unknown flag override "${key}" ignored`);
        continue;
      }
      merged[key] = value;
    }
    this.resolved = Object.freeze(merged);
    return this.resolved;
  }

  isEnabled(name: string): boolean {
    return this.resolve()[name] === true;
  }
}
