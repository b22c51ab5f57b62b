// expect: none
// Async functions are handed over as callbacks (map, timer, event handler, job queue) where a function is exactly what the API expects.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ShowManifest {
  id: string;
  title: string;
  durationSec: number;
  domeMaster: string;
  audioTracks: string[];
}

type Job = () => Promise<void>;

class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  enqueue(job: Job): Promise<void> {
    const run = this.tail.then(job);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

const SHOW_ROOT = process.env.SHOW_ROOT ?? '/srv/dome/shows';

async function loadManifest(showId: string): Promise<ShowManifest> {
  const raw = await readFile(path.join(SHOW_ROOT, showId, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(raw) as ShowManifest;
  if (manifest.id !== showId) {
    throw new Error(`manifest id mismatch in ${showId}`);
  }
  return manifest;
}

export class ShowLibrary extends EventEmitter {
  private readonly shows = new Map<string, ShowManifest>();
  private readonly queue = new SerialQueue();
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly showIds: string[], private readonly dome: EventEmitter) {
    super();
    this.dome.on('dome:calibrated', this.handleCalibrated);
  }

  async loadAll(): Promise<ShowManifest[]> {
    const manifests = await Promise.all(this.showIds.map(loadManifest));
    for (const m of manifests) this.shows.set(m.id, m);
    this.emit('loaded', manifests.length);
    return manifests;
  }

  private readonly refresh = async (): Promise<void> => {
    try {
      await this.loadAll();
    } catch (err) {
      this.emit('error', err);
    }
  };

  private readonly handleCalibrated = (): void => {
    // Recalibration can change the projector blend, so re-read manifests in order.
    void this.queue.enqueue(this.refresh);
  };

  scheduleRefresh(everyMs: number): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = setInterval(this.refresh, everyMs);
    this.refreshTimer.unref();
  }

  preload(showId: string, warm: (m: ShowManifest) => Promise<void>): Promise<void> {
    return this.queue.enqueue(async () => {
      const manifest = this.shows.get(showId) ?? (await loadManifest(showId));
      await warm(manifest);
    });
  }

  dispose(): void {
    clearInterval(this.refreshTimer);
    this.dome.off('dome:calibrated', this.handleCalibrated);
  }
}
