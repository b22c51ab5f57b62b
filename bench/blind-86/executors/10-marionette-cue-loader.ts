// expect: no-multiple-settle
// loadCueSheet throws inside the fs.readFile callback (validation and JSON.parse), which escapes the executor: the process gets an uncaught exception and the promise never settles.
import { readFile } from 'node:fs';
import path from 'node:path';

export type CueKind = 'lights' | 'sound' | 'fly' | 'string-change';

export interface Cue {
  number: string;
  kind: CueKind;
  page: number;
  standbyLine: string;
  operator: string;
  durationMs?: number;
}

export interface CueSheet {
  production: string;
  revision: number;
  cues: Cue[];
}

const KINDS: ReadonlySet<string> = new Set(['lights', 'sound', 'fly', 'string-change']);

export function loadCueSheet(file: string): Promise<CueSheet> {
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, text) => {
      if (err) {
        reject(err);
        return;
      }
      const sheet = JSON.parse(text) as CueSheet;
      if (!Array.isArray(sheet.cues)) {
        throw new Error(`${path.basename(file)} has no cues array`);
      }
      for (const cue of sheet.cues) {
        if (!KINDS.has(cue.kind)) {
          throw new Error(`cue ${cue.number} in ${path.basename(file)} has unknown kind ${cue.kind}`);
        }
      }
      resolve(sheet);
    });
  });
}

export interface OperatorCall {
  operator: string;
  cues: string[];
}

export function callSheetFor(sheet: CueSheet): OperatorCall[] {
  const byOperator = new Map<string, string[]>();
  for (const cue of [...sheet.cues].sort((a, b) => a.page - b.page)) {
    const list = byOperator.get(cue.operator) ?? [];
    list.push(`${cue.kind.toUpperCase()} ${cue.number} (p.${cue.page})`);
    byOperator.set(cue.operator, list);
  }
  return [...byOperator].map(([operator, cues]) => ({ operator, cues }));
}

export async function prepareShow(showDir: string, production: string): Promise<OperatorCall[]> {
  const sheet = await loadCueSheet(path.join(showDir, `${production}.cues.json`));
  if (sheet.production !== production) {
    throw new Error(`cue sheet is for ${sheet.production}, not ${production}`);
  }
  const stringChanges = sheet.cues.filter((c) => c.kind === 'string-change');
  console.log(
    `[theatre] ${production} rev ${sheet.revision}: ${sheet.cues.length} cues, ${stringChanges.length} string changes`,
  );
  return callSheetFor(sheet);
}
