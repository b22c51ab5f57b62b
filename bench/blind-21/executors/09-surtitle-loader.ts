// expect: none
// Correct: every fs callback returns right after rejecting, so resolve is only reached with valid data and each promise settles once.
import { readFile, stat } from 'node:fs';
import { join } from 'node:path';

export interface Surtitle {
  cue: number;
  text: string;
  translation: string;
}

export interface Libretto {
  production: string;
  language: string;
  titles: Surtitle[];
  modifiedAt: Date;
}

function parseSrtLike(raw: string): Surtitle[] {
  const blocks = raw.split(/\r?\n\r?\n/).filter((b) => b.trim().length > 0);
  return blocks.map((block, i) => {
    const [cueLine, original = '', translated = ''] = block.split(/\r?\n/);
    const cue = Number.parseInt(cueLine ?? '', 10);
    return { cue: Number.isNaN(cue) ? i + 1 : cue, text: original, translation: translated };
  });
}

function statMtime(path: string): Promise<Date> {
  return new Promise<Date>((resolve, reject) => {
    stat(path, (err, info) => {
      if (err) return reject(err);
      resolve(info.mtime);
    });
  });
}

function readText(path: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    readFile(path, 'utf8', (err, data) => {
      if (err) {
        reject(new Error(`surtitle file ${path} unreadable: ${err.code ?? err.message}`));
        return;
      }
      resolve(data);
    });
  });
}

export class SurtitleLibrary {
  private readonly cache = new Map<string, Libretto>();

  constructor(private readonly root: string) {}

  async load(production: string, language: string): Promise<Libretto> {
    const path = join(this.root, production, `${language}.sub`);
    const modifiedAt = await statMtime(path);
    const key = `${production}/${language}`;
    const cached = this.cache.get(key);
    if (cached && cached.modifiedAt.getTime() === modifiedAt.getTime()) return cached;

    const titles = parseSrtLike(await readText(path));
    if (titles.length === 0) throw new Error(`${key} has no cues`);
    const libretto: Libretto = { production, language, titles, modifiedAt };
    this.cache.set(key, libretto);
    return libretto;
  }

  cueAt(libretto: Libretto, cue: number): Surtitle | undefined {
    return libretto.titles.find((t) => t.cue === cue);
  }
}
