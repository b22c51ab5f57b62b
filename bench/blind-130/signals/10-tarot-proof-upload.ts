// expect: no-swallowed-abort
// uploadOne turns every caught error, including the AbortError from the signal, into an ordinary { ok: false } result, so an aborted batch keeps looping and reports failures instead of stopping.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface ProofFile {
  deckId: string;
  sheet: 'majors' | 'wands' | 'cups' | 'swords' | 'pentacles' | 'backs';
  path: string;
}

export interface UploadOutcome {
  file: ProofFile;
  ok: boolean;
  reason: string | null;
}

export interface UploadOptions {
  endpoint: string;
  token: string;
  signal: AbortSignal;
}

async function uploadOne(file: ProofFile, opts: UploadOptions): Promise<UploadOutcome> {
  try {
    const body = await readFile(file.path, { signal: opts.signal });
    const url = new URL(`/jobs/${file.deckId}/sheets/${file.sheet}`, opts.endpoint);
    const res = await fetch(url, {
      method: 'PUT',
      body,
      headers: {
        authorization: `Bearer ${opts.token}`,
        'content-type': 'application/pdf',
        'x-original-name': basename(file.path),
      },
      signal: opts.signal,
    });
    if (!res.ok) {
      return { file, ok: false, reason: `printer portal responded ${res.status}` };
    }
    return { file, ok: true, reason: null };
  } catch (err) {
    return { file, ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

export async function uploadDeckProofs(files: ProofFile[], opts: UploadOptions): Promise<UploadOutcome[]> {
  const order: ProofFile['sheet'][] = ['backs', 'majors', 'wands', 'cups', 'swords', 'pentacles'];
  const sorted = [...files].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
  const outcomes: UploadOutcome[] = [];
  for (const file of sorted) {
    outcomes.push(await uploadOne(file, opts));
  }
  return outcomes;
}

export function summarize(outcomes: UploadOutcome[]): string {
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length === 0) return `all ${outcomes.length} sheets uploaded`;
  return `${failed.length}/${outcomes.length} sheets failed: ${failed
    .map((o) => `${o.file.deckId}/${o.file.sheet} (${o.reason})`)
    .join(', ')}`;
}
