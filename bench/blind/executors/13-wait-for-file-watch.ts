// expect: no-multiple-settle
// The fs.watch listener runs for every change event (a single file creation usually emits several) and resolves each time, and the watcher is never closed, so the promise is settled again and again.
import { watch } from 'node:fs';
import { join } from 'node:path';

export function waitForFile(dir: string, name: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const watcher = watch(dir, (eventType, filename) => {
      if (filename === name) {
        resolve(join(dir, name));
      }
    });
    watcher.on('error', reject);
  });
}

export async function main(argv: string[]): Promise<number> {
  const [dir, name] = argv;
  if (!dir || !name) {
    console.error('usage: wait-for-file <dir> <name>');
    return 2;
  }
  const full = await waitForFile(dir, name);
  console.log(`appeared: ${full}`);
  return 0;
}
