// expect: none
// The title and parts are written by listeners on a parser whose parse() emits synchronously, so by the time parse() returns both locals are filled in and reading them right afterwards is correct.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';

export interface PartInfo {
  id: string;
  name: string;
  clef: 'treble' | 'bass' | 'tenor';
  measures: number;
}

export interface ScoreSummary {
  title: string;
  parts: PartInfo[];
  divisi: boolean;
}

/** Minimal line-based reader for the library's ".choir" export format. */
export class ChoirScoreParser extends EventEmitter {
  parse(text: string): void {
    let current: PartInfo | null = null;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (line.startsWith('title:')) {
        this.emit('title', line.slice(6).trim());
      } else if (line.startsWith('part ')) {
        if (current) this.emit('part', current);
        const [, id, clef, ...name] = line.split(/\s+/);
        current = { id, name: name.join(' '), clef: clef as PartInfo['clef'], measures: 0 };
      } else if (line.startsWith('|') && current) {
        current.measures += line.split('|').length - 2;
      }
    }
    if (current) this.emit('part', current);
    this.emit('end');
  }
}

export function summarize(text: string): ScoreSummary {
  const parser = new ChoirScoreParser();
  let title = 'Untitled';
  const parts: PartInfo[] = [];
  parser.on('title', (t: string) => {
    title = t;
  });
  parser.on('part', (p: PartInfo) => parts.push(p));

  parser.parse(text);

  const names = parts.map((p) => p.name.replace(/\s*\d+$/, ''));
  return { title, parts, divisi: new Set(names).size < names.length };
}

export async function summarizeFile(path: string): Promise<ScoreSummary> {
  const text = await readFile(path, 'utf8');
  return summarize(text);
}

export function rehearsalPlan(summary: ScoreSummary): string[] {
  return summary.parts
    .slice()
    .sort((a, b) => b.measures - a.measures)
    .map((p) => `${p.name} (${p.clef}, ${p.measures} bars)${summary.divisi ? ' – check divisi' : ''}`);
}
