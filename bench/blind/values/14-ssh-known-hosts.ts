// expect: no-read-before-settle
// `contents` is assigned in the fs.readFile callback, which runs later, but it is split right away, so the host list is always empty.

import { readFile } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface KnownHost {
  host: string;
  keyType: string;
}

export function listKnownHosts(file = join(homedir(), '.ssh', 'known_hosts')): KnownHost[] {
  let contents = '';

  readFile(file, 'utf8', (err, text) => {
    if (err) {
      console.warn(`cannot read ${file}: ${err.message}`);
      return;
    }
    contents = text;
  });

  return contents
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [host = '', keyType = ''] = line.split(/\s+/);
      return { host, keyType };
    });
}
