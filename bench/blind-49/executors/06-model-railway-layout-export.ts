// expect: none
// The write-stream executor listens for both 'finish' and 'error', removes the other listener when either fires, and settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';

export interface TrackBlock {
  id: string;
  lengthMm: number;
  gradientPercent: number;
  occupiedBy?: string;
}

export interface Turnout {
  id: string;
  kind: 'left' | 'right' | 'wye' | 'double-slip';
  normalRoute: string;
  reverseRoute: string;
  motorAddress: number;
}

export interface LayoutSnapshot {
  name: string;
  scale: 'N' | 'HO' | 'OO' | 'O';
  blocks: TrackBlock[];
  turnouts: Turnout[];
}

function* layoutLines(layout: LayoutSnapshot): Generator<string> {
  yield `# layout ${layout.name} (${layout.scale})\n`;
  for (const block of layout.blocks) {
    const occupancy = block.occupiedBy ? ` occupied=${block.occupiedBy}` : '';
    yield `block ${block.id} length=${block.lengthMm} grade=${block.gradientPercent.toFixed(1)}${occupancy}\n`;
  }
  for (const t of layout.turnouts) {
    yield `turnout ${t.id} ${t.kind} normal=${t.normalRoute} reverse=${t.reverseRoute} dcc=${t.motorAddress}\n`;
  }
}

function endStream(out: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      out.off('finish', onFinish);
      reject(err);
    };
    out.once('finish', onFinish);
    out.once('error', onError);
    out.end();
  });
}

function waitForDrain(out: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      out.off('drain', onDrain);
      reject(err);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}

export function validateLayout(layout: LayoutSnapshot): string[] {
  const problems: string[] = [];
  const blockIds = new Set(layout.blocks.map((b) => b.id));
  for (const t of layout.turnouts) {
    if (!blockIds.has(t.normalRoute)) problems.push(`turnout ${t.id}: unknown normal route ${t.normalRoute}`);
    if (!blockIds.has(t.reverseRoute)) problems.push(`turnout ${t.id}: unknown reverse route ${t.reverseRoute}`);
  }
  for (const b of layout.blocks) {
    if (Math.abs(b.gradientPercent) > 3.5) problems.push(`block ${b.id}: gradient ${b.gradientPercent}% too steep`);
  }
  return problems;
}

export async function exportLayout(layout: LayoutSnapshot, path: string): Promise<number> {
  const problems = validateLayout(layout);
  if (problems.length > 0) {
    throw new Error(`layout ${layout.name} is inconsistent:\n  ${problems.join('\n  ')}`);
  }
  const tmpPath = `${path}.partial`;
  const out = createWriteStream(tmpPath, { encoding: 'utf8' });
  let lines = 0;
  try {
    for (const line of layoutLines(layout)) {
      lines++;
      if (!out.write(line)) await waitForDrain(out);
    }
    await endStream(out);
  } catch (err) {
    out.destroy();
    throw err;
  }
  await rename(tmpPath, path);
  return lines;
}
