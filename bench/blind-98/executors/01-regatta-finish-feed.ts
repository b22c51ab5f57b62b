// expect: none
// The 'data' handler fires many times, but every path detaches all three listeners before settling and 'error'/'close' both reject, so the promise settles exactly once.
import { Readable } from 'node:stream';

export interface FinishMark {
  sailNumber: string;
  elapsedMs: number;
  lineCrossedAt: Date;
}

const FINISH_LINE = /^FIN\s+(\S+)\s+(\d+)\s+(\d+)$/;

function parseMark(line: string): FinishMark | null {
  const m = FINISH_LINE.exec(line);
  if (!m) return null;
  return {
    sailNumber: m[1],
    elapsedMs: Number(m[2]),
    lineCrossedAt: new Date(Number(m[3])),
  };
}

/**
 * Waits on the committee-boat transponder feed until the given boat crosses
 * the finish line. The feed is newline-delimited and shared by the whole fleet.
 */
export function waitForFinish(feed: Readable, sailNumber: string): Promise<FinishMark> {
  return new Promise<FinishMark>((resolve, reject) => {
    let buffer = '';

    const detach = () => {
      feed.off('data', onData);
      feed.off('error', onError);
      feed.off('close', onClose);
    };

    const onData = (chunk: Buffer | string) => {
      buffer += chunk.toString();
      let nl = buffer.indexOf('\n');
      while (nl !== -1) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        const mark = parseMark(line);
        if (mark !== null && mark.sailNumber === sailNumber) {
          detach();
          resolve(mark);
          return;
        }
        nl = buffer.indexOf('\n');
      }
    };

    const onError = (err: Error) => {
      detach();
      reject(err);
    };

    const onClose = () => {
      detach();
      reject(new Error(`timing feed closed before ${sailNumber} finished`));
    };

    feed.on('data', onData);
    feed.on('error', onError);
    feed.on('close', onClose);
  });
}

export class FleetTimer {
  private readonly results = new Map<string, FinishMark>();

  constructor(private readonly feed: Readable) {}

  async timeFleet(sailNumbers: readonly string[]): Promise<FinishMark[]> {
    const marks = await Promise.all(sailNumbers.map((sail) => waitForFinish(this.feed, sail)));
    for (const mark of marks) {
      this.results.set(mark.sailNumber, mark);
    }
    return marks.sort((a, b) => a.elapsedMs - b.elapsedMs);
  }

  resultFor(sailNumber: string): FinishMark | undefined {
    return this.results.get(sailNumber);
  }
}
