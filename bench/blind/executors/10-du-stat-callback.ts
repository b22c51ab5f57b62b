// expect: none
// Every branch of the stat callback returns right after settling, so resolve and reject can never both run.
import { stat } from 'node:fs';
import { join } from 'node:path';

export function fileSizeOrZero(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    stat(path, (err, st) => {
      if (err) {
        if (err.code === 'ENOENT') return resolve(0);
        return reject(err);
      }
      resolve(st.isFile() ? st.size : 0);
    });
  });
}

export async function totalSize(dir: string, names: string[]): Promise<number> {
  const sizes = await Promise.all(names.map((n) => fileSizeOrZero(join(dir, n))));
  return sizes.reduce((a, b) => a + b, 0);
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}
