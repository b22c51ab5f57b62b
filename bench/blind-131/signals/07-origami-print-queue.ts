// expect: no-swallowed-abort
// submitFoldTemplate wraps every failure, including the AbortError raised by the caller's signal, in a plain Error, so the batch loop records cancellations as print failures and keeps going.
export interface FoldTemplate {
  pieceTitle: string;
  artist: string;
  paper: 'kami' | 'washi' | 'tissue-foil';
  sheetMm: number;
  creasePatternSvg: string;
}

export interface PrintTicket {
  jobId: string;
  position: number;
  estimatedMinutes: number;
}

export interface BatchOutcome {
  tickets: PrintTicket[];
  failed: Array<{ pieceTitle: string; reason: string }>;
}

const PRINT_SERVER = 'http://plotter.gallery.internal:8631';

export async function submitFoldTemplate(template: FoldTemplate, options: { signal?: AbortSignal } = {}): Promise<PrintTicket> {
  try {
    const res = await fetch(`${PRINT_SERVER}/queues/crease-patterns/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(template),
      signal: options.signal,
    });
    if (!res.ok) throw new Error(`plotter answered ${res.status}`);
    return (await res.json()) as PrintTicket;
  } catch (err) {
    throw new Error(`could not queue crease pattern for "${template.pieceTitle}": ${(err as Error).message}`);
  }
}

export async function printExhibitionTemplates(templates: FoldTemplate[], signal?: AbortSignal): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { tickets: [], failed: [] };
  for (const template of templates) {
    try {
      outcome.tickets.push(await submitFoldTemplate(template, { signal }));
    } catch (err) {
      if ((err as Error).name === 'AbortError') throw err;
      outcome.failed.push({ pieceTitle: template.pieceTitle, reason: (err as Error).message });
    }
  }
  return outcome;
}

export function estimateFinish(outcome: BatchOutcome, now = new Date()): Date {
  const minutes = outcome.tickets.reduce((sum, t) => sum + t.estimatedMinutes, 0);
  return new Date(now.getTime() + minutes * 60_000);
}

export function validateTemplate(t: FoldTemplate): string[] {
  const problems: string[] = [];
  if (t.sheetMm < 75 || t.sheetMm > 1200) problems.push(`sheet size ${t.sheetMm}mm is outside the plotter range`);
  if (!t.creasePatternSvg.trimStart().startsWith('<svg')) problems.push('crease pattern is not an SVG document');
  if (t.paper === 'tissue-foil' && t.sheetMm > 600) problems.push('tissue-foil sheets above 600mm jam the feeder');
  return problems;
}
