// expect: no-read-before-settle
// mtimeMs is assigned in the fs.stat callback, which runs on a later tick, but it is compared right away while still 0, so a cached template always looks fresh and edited templates are never reloaded in dev mode.
import { stat } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type CompiledTemplate = (context: Record<string, unknown>) => string;

declare function compile(source: string, opts: { filename: string; strict: boolean }): CompiledTemplate;

interface CacheEntry {
  loadedAt: number;
  render: CompiledTemplate;
}

export class TemplateCache {
  private readonly entries = new Map<string, CacheEntry>();
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly root: string,
    private readonly watch: boolean,
  ) {}

  async get(name: string): Promise<CompiledTemplate> {
    const file = join(this.root, `${name}.hbs`);
    const cached = this.entries.get(file);

    if (cached && !this.watch) {
      this.hits++;
      return cached.render;
    }

    let mtimeMs = 0;
    stat(file, (err, st) => {
      if (!err) mtimeMs = st.mtimeMs;
    });
    if (cached && cached.loadedAt >= mtimeMs) {
      this.hits++;
      return cached.render;
    }

    this.misses++;
    const source = await readFile(file, 'utf8');
    const render = compile(source, { filename: file, strict: true });
    this.entries.set(file, { loadedAt: Date.now(), render });
    return render;
  }

  async render(name: string, context: Record<string, unknown>): Promise<string> {
    const template = await this.get(name);
    return template(context);
  }

  stats(): { size: number; hits: number; misses: number } {
    return { size: this.entries.size, hits: this.hits, misses: this.misses };
  }
}
