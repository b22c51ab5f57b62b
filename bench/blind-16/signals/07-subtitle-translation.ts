// expect: no-swallowed-abort
// translateBatch catches the AbortError (user cancel or the per-batch timeout) and returns the untranslated cues as if the batch succeeded.
import { readFile, writeFile } from 'node:fs/promises';

export interface Cue {
  index: number;
  start: string;
  end: string;
  text: string;
  translated?: boolean;
}

declare const mt: {
  translate(
    texts: string[],
    opts: { source: string; target: string; glossaryId?: string; signal?: AbortSignal },
  ): Promise<{ translations: string[]; billedChars: number }>;
};

export function parseSrt(raw: string): Cue[] {
  return raw
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      const [idx, timing, ...lines] = block.split('\n');
      const [start, end] = (timing ?? '').split(' --> ');
      return { index: Number(idx), start: start ?? '', end: end ?? '', text: lines.join('\n') };
    });
}

export function formatSrt(cues: Cue[]): string {
  return cues.map((c) => `${c.index}\n${c.start} --> ${c.end}\n${c.text}`).join('\n\n') + '\n';
}

async function translateBatch(
  batch: Cue[],
  lang: { source: string; target: string; glossaryId?: string },
  signal: AbortSignal,
): Promise<Cue[]> {
  const perBatch = AbortSignal.any([signal, AbortSignal.timeout(20_000)]);
  try {
    const { translations } = await mt.translate(
      batch.map((c) => c.text),
      { ...lang, signal: perBatch },
    );
    return batch.map((c, i) => ({ ...c, text: translations[i] ?? c.text, translated: true }));
  } catch (err) {
    if (err instanceof DOMException && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
      // keep the source text so the reviewer still gets a complete file
      return batch.map((c) => ({ ...c, translated: false }));
    }
    throw err;
  }
}

export async function translateSubtitleFile(
  inputPath: string,
  outputPath: string,
  lang: { source: string; target: string; glossaryId?: string },
  signal: AbortSignal,
): Promise<{ cues: number; untranslated: number }> {
  const cues = parseSrt(await readFile(inputPath, { encoding: 'utf8', signal }));
  const out: Cue[] = [];
  // the MT provider caps requests at 50 segments
  for (let i = 0; i < cues.length; i += 50) {
    out.push(...(await translateBatch(cues.slice(i, i + 50), lang, signal)));
  }
  await writeFile(outputPath, formatSrt(out), { encoding: 'utf8', signal });
  return { cues: out.length, untranslated: out.filter((c) => !c.translated).length };
}
