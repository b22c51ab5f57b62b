// expect: no-reused-settled-promise
// After a failed show load the catch handler resets the projector and then returns the same `load` promise as its "retry", which is already rejected, so the recovery path always fails with the original error and the show never starts.
import { EventEmitter } from 'node:events';

export interface ShowFile {
  id: string;
  title: string;
  path: string;
  fulldome: boolean;
}

export interface ProjectorLink {
  loadShow(path: string): Promise<{ durationSec: number }>;
  reset(): Promise<void>;
  play(): Promise<void>;
}

export interface PlaybackLog {
  showId: string;
  durationSec: number;
  recovered: boolean;
}

export class DomeConsole extends EventEmitter {
  private busy = false;

  constructor(private readonly projector: ProjectorLink) {
    super();
  }

  private prepare(show: ShowFile): Promise<{ durationSec: number; recovered: boolean }> {
    const load = this.projector.loadShow(show.path);
    return load.then(
      ({ durationSec }) => ({ durationSec, recovered: false }),
      async (err: unknown) => {
        this.emit('warning', new Error(`loading ${show.title} failed, resetting projector`, { cause: err }));
        await this.projector.reset();
        const { durationSec } = await load;
        return { durationSec, recovered: true };
      },
    );
  }

  async present(show: ShowFile): Promise<PlaybackLog> {
    if (this.busy) throw new Error('a show is already running in the dome');
    if (!show.fulldome) throw new Error(`${show.title} is not a fulldome master`);
    this.busy = true;
    try {
      const { durationSec, recovered } = await this.prepare(show);
      await this.projector.play();
      this.emit('playing', show.id);
      return { showId: show.id, durationSec, recovered };
    } finally {
      this.busy = false;
    }
  }
}

export async function eveningProgram(console_: DomeConsole, shows: ShowFile[]): Promise<PlaybackLog[]> {
  const logs: PlaybackLog[] = [];
  for (const show of shows) {
    logs.push(await console_.present(show));
  }
  return logs;
}
