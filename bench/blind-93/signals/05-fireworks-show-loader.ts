// expect: no-swallowed-abort
// loadShowFile() turns an AbortError into a normal return of the cached show, so a cancelled load carries on to arming as if it succeeded.
import { readFile } from 'node:fs/promises';

export interface ShowFile {
  id: string;
  site: string;
  revision: number;
  cues: Array<{ at: number; module: number; pin: number; product: string }>;
}

export interface LoadOptions {
  signal: AbortSignal;
  cachePath?: string;
}

declare const log: { info(msg: string): void; warn(msg: string): void };
declare const panel: { loadCues(show: ShowFile): Promise<void>; arm(): Promise<void> };

const EMPTY_SHOW: ShowFile = { id: 'empty', site: 'unknown', revision: 0, cues: [] };

async function readCachedShow(path: string): Promise<ShowFile | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ShowFile;
  } catch {
    return null;
  }
}

function validate(show: ShowFile): ShowFile {
  const seen = new Set<string>();
  for (const cue of show.cues) {
    const key = `${cue.module}:${cue.pin}`;
    if (seen.has(key)) throw new Error(`show ${show.id}: pin ${key} used twice`);
    seen.add(key);
  }
  show.cues.sort((a, b) => a.at - b.at);
  return show;
}

export async function loadShowFile(showId: string, opts: LoadOptions): Promise<ShowFile> {
  const { signal, cachePath = `/var/lib/pyro/shows/${showId}.json` } = opts;
  try {
    const res = await fetch(`https://design.example.com/shows/${showId}/export`, { signal });
    if (!res.ok) throw new Error(`show export HTTP ${res.status}`);
    return validate((await res.json()) as ShowFile);
  } catch (err) {
    if ((err as Error).name === 'AbortError') {
      log.info(`download of show ${showId} cancelled; using cached copy`);
      return (await readCachedShow(cachePath)) ?? EMPTY_SHOW;
    }
    throw err;
  }
}

export async function prepareDisplay(showId: string, signal: AbortSignal): Promise<number> {
  const show = await loadShowFile(showId, { signal });
  if (show.cues.length === 0) {
    log.warn(`show ${showId} has no cues; nothing to arm`);
    return 0;
  }
  await panel.loadCues(show);
  signal.throwIfAborted();
  await panel.arm();
  log.info(`show ${show.id} r${show.revision} armed at ${show.site} with ${show.cues.length} cues`);
  return show.cues.length;
}
