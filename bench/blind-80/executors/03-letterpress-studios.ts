// expect: no-multiple-settle
// lookupSorts calls reject on a lookup error but has no return, so it falls through and also calls resolve with an empty list.
export interface SortCount {
  character: string;
  available: number;
}

export interface FormeRequest {
  fontId: string;
  sizePt: number;
  lines: string[];
  copiesPerSheet: number;
}

export interface Shortage {
  character: string;
  needed: number;
  available: number;
}

declare const typeCaseIndex: {
  lookup(fontId: string, sizePt: number, cb: (err: Error | null, sorts?: SortCount[]) => void): void;
};

declare const studioLog: {
  info(message: string): void;
};

const SPACE_CHARS = new Set([' ', '\t']);

function lookupSorts(fontId: string, sizePt: number): Promise<SortCount[]> {
  return new Promise<SortCount[]>((resolve, reject) => {
    typeCaseIndex.lookup(fontId, sizePt, (err, sorts) => {
      if (err) {
        reject(new Error(`type case lookup failed for ${fontId} ${sizePt}pt`, { cause: err }));
      }
      resolve(sorts ?? []);
    });
  });
}

function countCharacters(lines: string[], copies: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const ch of line) {
      if (SPACE_CHARS.has(ch)) continue; // spaces are set with quads, not sorts
      counts.set(ch, (counts.get(ch) ?? 0) + copies);
    }
  }
  return counts;
}

function normaliseCase(sorts: SortCount[]): Map<string, number> {
  const byChar = new Map<string, number>();
  for (const s of sorts) {
    byChar.set(s.character, (byChar.get(s.character) ?? 0) + s.available);
  }
  return byChar;
}

export async function checkFormeCanBeSet(request: FormeRequest): Promise<Shortage[]> {
  if (request.lines.length === 0) return [];
  const sorts = await lookupSorts(request.fontId, request.sizePt);
  const available = normaliseCase(sorts);
  const needed = countCharacters(request.lines, request.copiesPerSheet);

  const shortages: Shortage[] = [];
  for (const [character, count] of needed) {
    const have = available.get(character) ?? 0;
    if (have < count) {
      shortages.push({ character, needed: count, available: have });
    }
  }
  shortages.sort((a, b) => b.needed - b.available - (a.needed - a.available));

  studioLog.info(
    `${request.fontId} ${request.sizePt}pt: ${needed.size} distinct sorts, ${shortages.length} short` +
      (shortages.length ? ` (worst: "${shortages[0].character}")` : ''),
  );
  return shortages;
}

export async function suggestCopiesPerSheet(request: FormeRequest, maxCopies = 8): Promise<number> {
  let best = 0;
  for (let copies = 1; copies <= maxCopies; copies++) {
    const shortages = await checkFormeCanBeSet({ ...request, copiesPerSheet: copies });
    if (shortages.length > 0) break;
    best = copies;
  }
  return best;
}
