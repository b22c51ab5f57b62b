// expect: none
// Correct: isReady is a boolean getter, ready is a promise field, and the command table deliberately returns bound handlers that the console invokes later.
import { EventEmitter, once } from 'node:events';

export interface ShowCue {
  atSeconds: number;
  action: 'dome-fade' | 'starfield' | 'narration' | 'house-lights';
  payload?: string;
}

export interface ShowDefinition {
  slug: string;
  title: string;
  cues: ShowCue[];
}

declare const projector: EventEmitter & {
  powerOn(): Promise<void>;
  loadStarCatalog(epoch: string): Promise<number>;
  fadeDome(level: number, ms: number): Promise<void>;
};

declare const audioDesk: {
  play(trackId: string): Promise<void>;
  stopAll(): Promise<void>;
};

type CommandHandler = (arg?: string) => Promise<void>;

export class ShowController {
  private lampWarm = false;
  private catalogStars = 0;
  readonly ready: Promise<void>;

  constructor(private readonly epoch = 'J2000') {
    this.ready = Promise.all([this.warmLamp(), this.loadStarfield()]).then(() => undefined);
  }

  get isReady(): boolean {
    return this.lampWarm && this.catalogStars > 0;
  }

  private async warmLamp(): Promise<void> {
    await projector.powerOn();
    await once(projector, 'lamp-stable');
    this.lampWarm = true;
  }

  private async loadStarfield(): Promise<void> {
    this.catalogStars = await projector.loadStarCatalog(this.epoch);
  }

  async runShow(show: ShowDefinition): Promise<void> {
    if (!this.isReady) {
      await this.ready;
    }
    const started = Date.now();
    for (const cue of [...show.cues].sort((a, b) => a.atSeconds - b.atSeconds)) {
      const wait = cue.atSeconds * 1000 - (Date.now() - started);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await this.applyCue(cue);
    }
  }

  private async applyCue(cue: ShowCue): Promise<void> {
    switch (cue.action) {
      case 'dome-fade':
        return projector.fadeDome(Number(cue.payload ?? 0), 4000);
      case 'starfield':
        return projector.fadeDome(0, 1500);
      case 'narration':
        return audioDesk.play(cue.payload ?? 'silence');
      case 'house-lights':
        await audioDesk.stopAll();
        return projector.fadeDome(1, 6000);
    }
  }

  async abort(): Promise<void> {
    await audioDesk.stopAll();
    await projector.fadeDome(1, 500);
  }

  // The operator console looks up handlers by name and calls them when a button is pressed.
  commandTable(): Record<string, CommandHandler> {
    return {
      abort: this.abort.bind(this),
      'house-up': () => projector.fadeDome(1, 2000),
      narrate: (track) => audioDesk.play(track ?? 'intro'),
    };
  }
}
