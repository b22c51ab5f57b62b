// expect: none
// The cache deliberately stores promises, so the ?? falls back to starting a load only when no in-flight or settled load exists, and failed loads are evicted so the next call retries.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CombLayout {
  teethPerInch: number;
  passes: Array<'vertical' | 'horizontal' | 'diagonal'>;
}

export interface MarblingPattern {
  id: string;
  name: string;
  family: string;
  pigmentOrder: string[];
  comb?: CombLayout;
  stylus?: 'bouquet' | 'chevron' | 'gel-git';
}

function validate(id: string, raw: unknown): MarblingPattern {
  const p = raw as Partial<MarblingPattern>;
  if (!p || typeof p.name !== 'string' || !Array.isArray(p.pigmentOrder)) {
    throw new Error(`pattern ${id} is malformed`);
  }
  return { id, name: p.name, family: p.family ?? 'traditional', pigmentOrder: p.pigmentOrder, comb: p.comb, stylus: p.stylus };
}

export class PatternLibrary {
  private readonly cache = new Map<string, Promise<MarblingPattern>>();

  constructor(private readonly dir: string) {}

  get(id: string): Promise<MarblingPattern> {
    const pattern = this.cache.get(id) ?? this.load(id);
    return pattern;
  }

  async describe(id: string): Promise<string> {
    const pattern = await this.get(id);
    const tools = pattern.comb
      ? `${pattern.comb.teethPerInch} tpi comb, ${pattern.comb.passes.join(' then ')}`
      : `stylus ${pattern.stylus ?? 'free'}`;
    return `${pattern.name} (${pattern.family}): drop ${pattern.pigmentOrder.join(' → ')}; ${tools}`;
  }

  invalidate(id?: string): void {
    if (id === undefined) this.cache.clear();
    else this.cache.delete(id);
  }

  private load(id: string): Promise<MarblingPattern> {
    const loading = readFile(join(this.dir, `${id}.json`), 'utf8')
      .then((text) => validate(id, JSON.parse(text)))
      .catch((err: unknown) => {
        this.cache.delete(id);
        throw err;
      });
    this.cache.set(id, loading);
    return loading;
  }
}
