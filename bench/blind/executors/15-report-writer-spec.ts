// expect: no-multiple-settle
// The test helper waits only for the write stream's 'finish' event; if opening or writing the file fails, 'error' is emitted instead, nothing rejects, and the test never gets a settled promise.
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function expect(value: unknown): { toBe(expected: unknown): void; toEqual(expected: unknown): void };
declare function formatReport(rows: Array<{ name: string; total: number }>): string[];

function writeLines(path: string, lines: string[]): Promise<void> {
  return new Promise<void>((resolve) => {
    const out = createWriteStream(path, { encoding: 'utf8' });
    out.on('finish', () => resolve());
    for (const line of lines) out.write(`${line}\n`);
    out.end();
  });
}

describe('formatReport', () => {
  it('writes one line per row plus a header', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    const file = join(dir, 'report.txt');
    const lines = formatReport([
      { name: 'alpha', total: 3 },
      { name: 'beta', total: 11 },
    ]);
    await writeLines(file, lines);
    const written = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(written.length).toBe(3);
    expect(written).toEqual(lines);
  });
});

export { writeLines };
