// expect: none
// The write-stream executor listens for both 'finish' and 'error', removes both listeners when either fires, and settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface MarionetteCue {
  sceneId: string;
  marionette: string;
  stringGroup: 'head' | 'hands' | 'feet' | 'torso';
  atMs: number;
  action: string;
}

export interface ExportSummary {
  path: string;
  cues: number;
  bytes: number;
}

declare const theatreLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

function formatCue(cue: MarionetteCue): string {
  const seconds = (cue.atMs / 1000).toFixed(2).padStart(8, ' ');
  return `${seconds}  ${cue.sceneId.padEnd(10)} ${cue.marionette.padEnd(14)} ${cue.stringGroup.padEnd(6)} ${cue.action}\n`;
}

function sortCues(cues: readonly MarionetteCue[]): MarionetteCue[] {
  return [...cues].sort((a, b) => a.atMs - b.atMs || a.marionette.localeCompare(b.marionette));
}

async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) {
    await once(stream, 'drain');
  }
}

function finishStream(stream: WriteStream): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onFinish = () => {
      stream.off('error', onError);
      resolve(stream.bytesWritten);
    };
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      reject(err);
    };
    stream.once('finish', onFinish);
    stream.once('error', onError);
    stream.end();
  });
}

export async function exportCueSheet(path: string, title: string, cues: readonly MarionetteCue[]): Promise<ExportSummary> {
  const stream = createWriteStream(path, { encoding: 'utf8', flags: 'w' });
  const ordered = sortCues(cues);
  try {
    await writeLine(stream, `# ${title}\n# generated ${new Date().toISOString()}\n\n`);
    for (const cue of ordered) {
      await writeLine(stream, formatCue(cue));
    }
  } catch (err) {
    stream.destroy();
    throw err;
  }
  const bytes = await finishStream(stream);
  theatreLog.info('cue sheet exported', { path, cues: ordered.length, bytes });
  return { path, cues: ordered.length, bytes };
}

export function groupByScene(cues: readonly MarionetteCue[]): Map<string, MarionetteCue[]> {
  const groups = new Map<string, MarionetteCue[]>();
  for (const cue of cues) {
    const list = groups.get(cue.sceneId) ?? [];
    list.push(cue);
    groups.set(cue.sceneId, list);
  }
  return groups;
}

export async function exportPerScene(dir: string, title: string, cues: readonly MarionetteCue[]): Promise<ExportSummary[]> {
  const summaries: ExportSummary[] = [];
  for (const [sceneId, sceneCues] of groupByScene(cues)) {
    summaries.push(await exportCueSheet(`${dir}/${sceneId}.cues`, `${title} - ${sceneId}`, sceneCues));
  }
  return summaries;
}
