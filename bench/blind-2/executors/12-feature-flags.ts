// expect: no-multiple-settle
// JSON.parse runs inside the readFile callback, where the Promise constructor no longer catches throws: a malformed flags file raises an uncaught exception (crashing the service) and the promise never settles, so reload()'s "keep previous flags" catch never runs.
import { readFile } from 'node:fs';

export interface FlagSet {
  version: number;
  flags: Record<string, boolean>;
  rollout: Record<string, number>;
}

const DEFAULT_FLAGS: FlagSet = { version: 0, flags: {}, rollout: {} };

function stripComments(text: string): string {
  return text.replace(/^\s*\/\/.*$/gm, '');
}

function normalize(raw: Partial<FlagSet>): FlagSet {
  const rollout: Record<string, number> = {};
  for (const [key, pct] of Object.entries(raw.rollout ?? {})) {
    rollout[key] = Math.min(100, Math.max(0, Math.round(pct)));
  }
  return { version: raw.version ?? 0, flags: { ...raw.flags }, rollout };
}

export function loadFlagFile(path: string): Promise<FlagSet> {
  return new Promise((resolve, reject) => {
    readFile(path, 'utf8', (err, text) => {
      if (err) {
        if (err.code === 'ENOENT') {
          resolve(DEFAULT_FLAGS);
          return;
        }
        reject(err);
        return;
      }
      const parsed = JSON.parse(stripComments(text)) as Partial<FlagSet>;
      resolve(normalize(parsed));
    });
  });
}

export class FlagService {
  private current: FlagSet = DEFAULT_FLAGS;

  constructor(private readonly path: string) {}

  async reload(): Promise<boolean> {
    try {
      const next = await loadFlagFile(this.path);
      if (next.version < this.current.version) {
        console.warn(`[flags] ignoring older flag file v${next.version} (have v${this.current.version})`);
        return false;
      }
      this.current = next;
      return true;
    } catch (err) {
      console.error(`[flags] could not reload ${this.path}, keeping v${this.current.version}`, err);
      return false;
    }
  }

  isEnabled(flag: string, userBucket: number): boolean {
    if (this.current.flags[flag] === false) return false;
    const pct = this.current.rollout[flag];
    return pct === undefined ? this.current.flags[flag] === true : userBucket < pct;
  }
}
