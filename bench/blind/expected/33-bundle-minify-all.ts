// expect: none
// The async map callbacks' promises are passed to Promise.all and awaited, so every minification is awaited and errors propagate.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, basename } from 'node:path';

declare function minify(source: string, opts: { sourceMap: boolean }): Promise<{ code: string; map?: string }>;

export async function minifyAll(files: string[], outDir: string): Promise<Array<{ file: string; bytes: number }>> {
  await mkdir(outDir, { recursive: true });

  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(file, 'utf8');
      const { code, map } = await minify(source, { sourceMap: true });
      const target = join(outDir, basename(file).replace(/\.js$/, '.min.js'));
      await writeFile(target, code);
      if (map) await writeFile(`${target}.map`, map);
      return { file: target, bytes: Buffer.byteLength(code) };
    }),
  );
}
