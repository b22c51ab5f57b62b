// expect: no-multiple-settle
// The executor is async and awaits fetchGlossary() before wiring up any settle path; if the glossary request fails, the returned promise never settles (the rejection escapes the executor).
import { Worker } from 'node:worker_threads';

export interface Cue {
  index: number;
  start: string;
  end: string;
  text: string;
}

interface WorkerReply {
  kind: 'done' | 'progress';
  cues?: Cue[];
  translated?: number;
}

declare function fetchGlossary(projectId: string, targetLang: string): Promise<Record<string, string>>;

export interface TranslateOptions {
  projectId: string;
  targetLang: string;
  workerScript: string;
  signal?: AbortSignal;
  onProgress?: (translated: number, total: number) => void;
}

const MAX_LINE_CHARS = 42;

function rewrap(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && (current + ' ' + word).length > MAX_LINE_CHARS) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines.slice(0, 2).join('\n');
}

export function translateCues(cues: Cue[], opts: TranslateOptions): Promise<Cue[]> {
  return new Promise(async (resolve, reject) => {
    const glossary = await fetchGlossary(opts.projectId, opts.targetLang);

    const worker = new Worker(opts.workerScript, {
      workerData: { cues, targetLang: opts.targetLang, glossary },
    });

    const onAbort = () => {
      void worker.terminate();
      reject(new Error('translation cancelled'));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'progress') {
        opts.onProgress?.(reply.translated ?? 0, cues.length);
        return;
      }
      opts.signal?.removeEventListener('abort', onAbort);
      resolve((reply.cues ?? []).map((c) => ({ ...c, text: rewrap(c.text) })));
    });
    worker.on('error', (err) => {
      opts.signal?.removeEventListener('abort', onAbort);
      reject(err);
    });
    worker.on('exit', (code) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (code !== 0) reject(new Error(`translation worker exited with code ${code}`));
    });
  });
}

export function toSrt(cues: Cue[]): string {
  return cues
    .slice()
    .sort((a, b) => a.index - b.index)
    .map((c) => `${c.index}\n${c.start} --> ${c.end}\n${c.text}\n`)
    .join('\n');
}
