// expect: no-floating-promises
// The result of files.map(async …) is discarded as a statement, so the compression promises are never awaited and the CLI exits reporting success early.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

declare function compressImage(input: Buffer, quality: number): Promise<Buffer>;

async function main(dir: string, quality: number): Promise<void> {
  const entries = await readdir(dir);
  const files = entries.filter((f) => ['.png', '.jpg', '.jpeg'].includes(extname(f).toLowerCase()));

  files.map(async (name) => {
    const path = join(dir, name);
    const original = await readFile(path);
    const compressed = await compressImage(original, quality);
    if (compressed.length < original.length) {
      await writeFile(path, compressed);
    }
  });

  console.log(`optimized ${files.length} images in ${dir}`);
}

export const run = (argv: string[]) =>
  main(argv[2] ?? '.', Number(argv[3] ?? 80)).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
