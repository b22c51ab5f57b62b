// expect: none
// Correct: each test starts the collector before emitting cues but awaits it with no other await in between, so a rejection always has a handler in time.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
};

interface Cue {
  id: number;
  language: 'en' | 'de' | 'it';
  text: string;
}

class SurtitleFeed extends EventEmitter {
  private sequence = 0;

  publish(language: Cue['language'], text: string): void {
    this.sequence += 1;
    this.emit('cue', { id: this.sequence, language, text } satisfies Cue);
  }

  fail(reason: string): void {
    this.emit('feed-error', new Error(reason));
  }

  collect(language: Cue['language'], count: number): Promise<Cue[]> {
    return new Promise<Cue[]>((resolve, reject) => {
      const cues: Cue[] = [];
      const onCue = (cue: Cue): void => {
        if (cue.language !== language) return;
        cues.push(cue);
        if (cues.length === count) {
          this.off('cue', onCue);
          this.off('feed-error', onError);
          resolve(cues);
        }
      };
      const onError = (err: Error): void => {
        this.off('cue', onCue);
        this.off('feed-error', onError);
        reject(err);
      };
      this.on('cue', onCue);
      this.on('feed-error', onError);
    });
  }
}

describe('surtitle feed collector', () => {
  let feed: SurtitleFeed;

  beforeEach(() => {
    feed = new SurtitleFeed();
  });

  it('collects cues for one language in order', async () => {
    const english = feed.collect('en', 2);
    feed.publish('it', 'Vesti la giubba');
    feed.publish('en', 'Put on the costume');
    feed.publish('de', 'Zieh das Kostüm an');
    feed.publish('en', 'and powder your face');

    const cues = await english;
    expect(cues.map((c) => c.text)).toEqual(['Put on the costume', 'and powder your face']);
    expect(cues.map((c) => c.id)).toEqual([2, 4]);
  });

  it('rejects when the feed reports an error', async () => {
    const german = feed.collect('de', 3);
    feed.publish('de', 'Lache, Bajazzo');
    feed.fail('caption encoder lost sync');

    let message = '';
    try {
      await german;
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('caption encoder lost sync');
    expect(feed.listenerCount('cue')).toBe(0);
  });

  it('supports two collectors at once', async () => {
    const italian = feed.collect('it', 1);
    const english = feed.collect('en', 1);
    feed.publish('en', 'Laugh, clown');
    feed.publish('it', 'Ridi, Pagliaccio');

    const [it1, en1] = await Promise.all([italian, english]);
    expect(it1[0].id).toBe(2);
    expect(en1[0].id).toBe(1);
  });
});
