// expect: none
// writeCartoon's executor waits on both 'finish' and 'error' of the file stream and detaches the other listener, so it always settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';

export interface WarpThread {
  index: number;
  colour: string;
}

export interface CartoonRow {
  row: number;
  picks: Array<{ from: number; to: number; weft: string }>;
}

export interface LoomCartoon {
  loomId: string;
  title: string;
  warp: WarpThread[];
  rows: CartoonRow[];
}

function encodeRow(row: CartoonRow): string {
  const picks = row.picks.map((p) => `${p.from}-${p.to}:${p.weft}`).join(',');
  return `R${row.row.toString().padStart(4, '0')} ${picks}\n`;
}

function drain(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('drain', onDrain);
      reject(err);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

function finish(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off('error', onError);
      resolve();
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

export async function writeCartoon(outDir: string, cartoon: LoomCartoon): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const finalPath = path.join(outDir, `${cartoon.loomId}.cartoon`);
  const tmpPath = `${finalPath}.partial`;

  const stream = createWriteStream(tmpPath, { encoding: 'utf8' });
  try {
    const header =
      `# ${cartoon.title}\n` +
      `WARP ${cartoon.warp.map((w) => `${w.index}=${w.colour}`).join(' ')}\n`;
    if (!stream.write(header)) await drain(stream);

    for (const row of cartoon.rows) {
      if (!stream.write(encodeRow(row))) {
        await drain(stream);
      }
    }
    await finish(stream);
  } catch (err) {
    stream.destroy();
    throw err;
  }

  await rename(tmpPath, finalPath);
  return finalPath;
}

export function validateCartoon(cartoon: LoomCartoon): string[] {
  const problems: string[] = [];
  const width = cartoon.warp.length;
  for (const row of cartoon.rows) {
    for (const pick of row.picks) {
      if (pick.from < 0 || pick.to >= width || pick.from > pick.to) {
        problems.push(`row ${row.row}: pick ${pick.from}-${pick.to} outside warp of ${width}`);
      }
    }
  }
  return problems;
}
