// expect: none
// Async handlers are passed as callbacks (event listener, setInterval, Array.map) where a function is expected, and the map results are awaited.
import { EventEmitter } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Specimen {
  readonly accession: string;
  readonly formation: string;
  readonly matrix: 'sandstone' | 'mudstone' | 'limestone' | 'shale';
  readonly fragile: boolean;
}

export interface PrepLog {
  readonly accession: string;
  readonly technique: 'air-scribe' | 'acid-bath' | 'micro-blast';
  readonly hours: number;
  readonly consolidant?: string;
}

declare const labDb: {
  savePrepLog(log: PrepLog): Promise<void>;
  pendingSpecimens(): Promise<Specimen[]>;
};

function chooseTechnique(s: Specimen): PrepLog['technique'] {
  if (s.matrix === 'limestone' && !s.fragile) return 'acid-bath';
  if (s.fragile) return 'micro-blast';
  return 'air-scribe';
}

export class PrepQueue extends EventEmitter {
  private readonly inFlight = new Set<string>();
  private poller: NodeJS.Timeout | null = null;

  constructor(private readonly reportDir: string) {
    super();
    this.on('specimen', this.handleSpecimen);
  }

  private handleSpecimen = async (specimen: Specimen): Promise<void> => {
    if (this.inFlight.has(specimen.accession)) return;
    this.inFlight.add(specimen.accession);
    try {
      const log = await this.prepare(specimen);
      await labDb.savePrepLog(log);
      this.emit('prepared', log);
    } catch (err) {
      this.emit('prep-error', { accession: specimen.accession, err });
    } finally {
      this.inFlight.delete(specimen.accession);
    }
  };

  private async prepare(specimen: Specimen): Promise<PrepLog> {
    const technique = chooseTechnique(specimen);
    const log: PrepLog = {
      accession: specimen.accession,
      technique,
      hours: technique === 'acid-bath' ? 72 : specimen.fragile ? 18 : 6,
      consolidant: specimen.fragile ? 'Paraloid B-72' : undefined,
    };
    await mkdir(this.reportDir, { recursive: true });
    await writeFile(join(this.reportDir, `${specimen.accession}.json`), JSON.stringify(log, null, 2));
    return log;
  }

  private pollPending = async (): Promise<void> => {
    try {
      const pending = await labDb.pendingSpecimens();
      for (const s of pending) this.emit('specimen', s);
    } catch (err) {
      this.emit('prep-error', { accession: '*', err });
    }
  };

  start(intervalMs = 30_000): void {
    if (this.poller) return;
    this.poller = setInterval(this.pollPending, intervalMs);
    this.poller.unref();
  }

  stop(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = null;
  }
}

export async function prepareBacklog(reportDir: string): Promise<PrepLog[]> {
  const queue = new PrepQueue(reportDir);
  const backlog = await labDb.pendingSpecimens();
  const prepareOne = (s: Specimen): Promise<PrepLog> =>
    new Promise((resolve, reject) => {
      queue.once(`done:${s.accession}`, resolve);
      queue.once(`failed:${s.accession}`, reject);
      queue.emit('specimen', s);
    });
  queue.on('prepared', (log: PrepLog) => queue.emit(`done:${log.accession}`, log));
  queue.on('prep-error', ({ accession, err }: { accession: string; err: unknown }) => queue.emit(`failed:${accession}`, err));
  return Promise.all(backlog.map(prepareOne));
}
