// expect: no-uncalled-async-function
// The after() hook does `await registry.dispose` without calling it, so the open font sources are never closed and the hook waits on a function value instead of the disposal.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface FontSource {
  family: string;
  style: string;
  read(table: 'cmap' | 'hmtx' | 'name'): Promise<Uint8Array>;
  close(): Promise<void>;
}

class FontRegistry {
  private readonly sources = new Map<string, FontSource>();

  async register(source: FontSource): Promise<void> {
    const nameTable = await source.read('name');
    if (nameTable.length === 0) throw new Error(`${source.family} ${source.style} has an empty name table`);
    this.sources.set(`${source.family}/${source.style}`, source);
  }

  styles(family: string): string[] {
    return [...this.sources.values()].filter((s) => s.family === family).map((s) => s.style).sort();
  }

  async advanceWidths(family: string, style: string): Promise<number> {
    const src = this.sources.get(`${family}/${style}`);
    if (!src) throw new Error(`${family} ${style} is not registered`);
    const hmtx = await src.read('hmtx');
    return hmtx.length / 4;
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.sources.values()].map((s) => s.close()));
    this.sources.clear();
  }
}

function fakeSource(family: string, style: string, glyphs: number, closed: string[]): FontSource {
  return {
    family,
    style,
    async read(table) {
      if (table === 'hmtx') return new Uint8Array(glyphs * 4);
      return new TextEncoder().encode(`${family} ${style}`);
    },
    async close() {
      closed.push(`${family}/${style}`);
    },
  };
}

describe('FontRegistry', () => {
  const closed: string[] = [];
  const registry = new FontRegistry();

  before(async () => {
    await registry.register(fakeSource('Halden Serif', 'Regular', 412, closed));
    await registry.register(fakeSource('Halden Serif', 'Italic', 398, closed));
    await registry.register(fakeSource('Halden Sans', 'Bold', 530, closed));
  });

  after(async () => {
    await registry.dispose;
  });

  test('lists the styles of a family', () => {
    assert.deepEqual(registry.styles('Halden Serif'), ['Italic', 'Regular']);
  });

  test('reads advance widths from hmtx', async () => {
    assert.equal(await registry.advanceWidths('Halden Sans', 'Bold'), 530);
  });

  test('rejects unregistered styles', async () => {
    await assert.rejects(registry.advanceWidths('Halden Sans', 'Thin'), /not registered/);
  });

  test('refuses sources with an empty name table', async () => {
    const broken: FontSource = { ...fakeSource('Broken', 'Regular', 1, closed), read: async () => new Uint8Array(0) };
    await assert.rejects(registry.register(broken), /empty name table/);
  });
});
