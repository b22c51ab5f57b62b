// expect: no-multiple-settle
// When readFile fails with anything but ENOENT, reject() has no return, so the callback goes on to call text.split on undefined and throws inside the fs callback.
import { readFile, writeFile, rename } from 'node:fs';
import { join } from 'node:path';

export interface Segment {
  source: string;
  target: string;
  updatedAt: string;
}

export type LanguagePair = `${string}-${string}`;

function memoryFile(dir: string, pair: LanguagePair): string {
  return join(dir, `${pair.toLowerCase()}.tmx.tsv`);
}

function unescapeField(field: string): string {
  return field.replace(/\\t/g, '\t').replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
}

function escapeField(field: string): string {
  return field.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

export function loadMemory(dir: string, pair: LanguagePair): Promise<Map<string, Segment>> {
  return new Promise((resolve, reject) => {
    readFile(memoryFile(dir, pair), 'utf8', (err, text) => {
      if (err) {
        if (err.code === 'ENOENT') {
          resolve(new Map());
          return;
        }
        reject(err);
      }
      const segments = new Map<string, Segment>();
      for (const line of text.split('\n')) {
        if (!line || line.startsWith('#')) continue;
        const [source, target, updatedAt] = line.split('\t').map(unescapeField);
        if (source && target) {
          segments.set(source, { source, target, updatedAt: updatedAt ?? '' });
        }
      }
      resolve(segments);
    });
  });
}

export function saveMemory(dir: string, pair: LanguagePair, segments: Map<string, Segment>): Promise<void> {
  const file = memoryFile(dir, pair);
  const tmp = `${file}.${process.pid}.tmp`;
  const body = ['# source\ttarget\tupdatedAt']
    .concat([...segments.values()].map((s) => [s.source, s.target, s.updatedAt].map(escapeField).join('\t')))
    .join('\n');

  return new Promise((resolve, reject) => {
    writeFile(tmp, body + '\n', 'utf8', (writeErr) => {
      if (writeErr) {
        reject(writeErr);
        return;
      }
      rename(tmp, file, (renameErr) => (renameErr ? reject(renameErr) : resolve()));
    });
  });
}

function similarity(a: string, b: string): number {
  const wordsA = new Set(a.toLowerCase().split(/\s+/));
  const wordsB = new Set(b.toLowerCase().split(/\s+/));
  let shared = 0;
  for (const w of wordsA) if (wordsB.has(w)) shared++;
  return (2 * shared) / (wordsA.size + wordsB.size || 1);
}

export async function suggest(dir: string, pair: LanguagePair, source: string, minScore = 0.75) {
  const memory = await loadMemory(dir, pair);
  const exact = memory.get(source);
  if (exact) return [{ ...exact, score: 1 }];
  return [...memory.values()]
    .map((seg) => ({ ...seg, score: similarity(seg.source, source) }))
    .filter((seg) => seg.score >= minScore)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}
