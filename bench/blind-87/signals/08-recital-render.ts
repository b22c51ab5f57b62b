// expect: require-signal-propagation
// The function has the caller's signal and passes it to writeFile, but the long lilypond execFile call (which accepts a signal) is run without it.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

export interface RecitalPiece {
  title: string;
  composer: string;
  arranger?: string;
  lilypond: string;
}

export interface Recital {
  id: string;
  carillonneur: string;
  date: string;
  tower: string;
  pieces: RecitalPiece[];
}

function buildLilypondSource(recital: Recital): string {
  const header = `\\header { title = "${recital.tower} — ${recital.date}" composer = "${recital.carillonneur}" }`;
  const books = recital.pieces.map(
    (p) =>
      `\\bookpart { \\header { piece = "${p.title}" opus = "${p.composer}${p.arranger ? `, arr. ${p.arranger}` : ''}" }\n${p.lilypond}\n}`,
  );
  return ['\\version "2.24.0"', header, ...books].join('\n\n');
}

export async function renderRecitalProgramme(
  recital: Recital,
  opts: { signal: AbortSignal; outDir: string },
): Promise<{ pdf: string; warnings: string[] }> {
  opts.signal.throwIfAborted();
  await mkdir(opts.outDir, { recursive: true });

  const source = join(opts.outDir, `${recital.id}.ly`);
  await writeFile(source, buildLilypondSource(recital), { signal: opts.signal });

  const { stderr } = await execFileP(
    'lilypond',
    ['--pdf', '--loglevel=WARN', '-o', join(opts.outDir, recital.id), source],
    { timeout: 180_000, maxBuffer: 8 * 1024 * 1024 },
  );

  const warnings = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.includes('warning:'));
  return { pdf: join(opts.outDir, `${recital.id}.pdf`), warnings };
}

export async function renderSeason(
  recitals: Recital[],
  outDir: string,
  signal: AbortSignal,
): Promise<Map<string, string[]>> {
  const warningsById = new Map<string, string[]>();
  for (const recital of recitals) {
    const { warnings } = await renderRecitalProgramme(recital, { signal, outDir });
    warningsById.set(recital.id, warnings);
  }
  return warningsById;
}
