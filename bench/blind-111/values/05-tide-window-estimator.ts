// expect: none
// The line handler fills the accumulators and they are only read after awaiting the readline 'close' event, by which point every line has been processed.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface TideWindow {
  startsAt: Date;
  endsAt: Date;
  meanHeadM: number;
  direction: 'flood' | 'ebb';
}

export interface EstimatorOptions {
  minHeadM?: number;
  minMinutes?: number;
}

export async function estimateGenerationWindows(
  gaugeCsvPath: string,
  options: EstimatorOptions = {},
): Promise<TideWindow[]> {
  const { minHeadM = 1.5, minMinutes = 45 } = options;
  const rl = createInterface({ input: createReadStream(gaugeCsvPath, { encoding: 'utf8' }), crlfDelay: Infinity });

  const windows: TideWindow[] = [];
  let open: { startsAt: Date; lastAt: Date; sum: number; n: number; direction: TideWindow['direction'] } | undefined;
  let lineNo = 0;
  let malformed = 0;

  const closeWindow = () => {
    if (open && open.lastAt.getTime() - open.startsAt.getTime() >= minMinutes * 60_000) {
      windows.push({ startsAt: open.startsAt, endsAt: open.lastAt, meanHeadM: open.sum / open.n, direction: open.direction });
    }
    open = undefined;
  };

  rl.on('line', (line) => {
    if (lineNo++ === 0) return;
    const [iso, seaM, lagoonM] = line.split(',');
    const at = new Date(iso);
    const head = Number(seaM) - Number(lagoonM);
    if (Number.isNaN(at.getTime()) || !Number.isFinite(head)) {
      malformed++;
      return;
    }
    const direction = head > 0 ? 'flood' : 'ebb';
    if (Math.abs(head) < minHeadM || (open && open.direction !== direction)) closeWindow();
    if (Math.abs(head) < minHeadM) return;
    open ??= { startsAt: at, lastAt: at, sum: 0, n: 0, direction };
    open.lastAt = at;
    open.sum += Math.abs(head);
    open.n++;
  });

  await once(rl, 'close');
  closeWindow();

  if (lineNo > 1 && malformed > (lineNo - 1) / 2) {
    throw new Error(`${gaugeCsvPath}: ${malformed} of ${lineNo - 1} gauge rows are malformed`);
  }
  return windows;
}
