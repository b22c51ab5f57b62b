// expect: require-signal-propagation
// Bug: playSequence accepts options.signal but never checks it or hands it to delay(), so an aborted show keeps advancing cues.
import { setTimeout as delay } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
};

interface Cue {
  slide: string;
  holdMs: number;
  brightness?: number;
}

interface Projector {
  show(slide: string, brightness: number): Promise<void>;
}

interface PlayOptions {
  signal?: AbortSignal;
  defaultBrightness?: number;
}

async function playSequence(projector: Projector, cues: Cue[], options: PlayOptions = {}): Promise<number> {
  const { defaultBrightness = 0.8 } = options;
  let shown = 0;
  for (const cue of cues) {
    await projector.show(cue.slide, cue.brightness ?? defaultBrightness);
    if (cue.holdMs > 0) await delay(cue.holdMs);
    shown++;
  }
  return shown;
}

class RecordingProjector implements Projector {
  readonly log: Array<[string, number]> = [];
  async show(slide: string, brightness: number): Promise<void> {
    this.log.push([slide, brightness]);
  }
}

describe('playSequence', () => {
  let projector: RecordingProjector;
  let controller: AbortController;

  beforeEach(() => {
    projector = new RecordingProjector();
    controller = new AbortController();
  });

  it('shows every cue in order', async () => {
    const shown = await playSequence(
      projector,
      [
        { slide: 'orion-rise', holdMs: 5 },
        { slide: 'betelgeuse-zoom', holdMs: 5 },
        { slide: 'nebula-pan', holdMs: 0 },
      ],
      { signal: controller.signal },
    );
    expect(shown).toBe(3);
    expect(projector.log.map(([slide]) => slide)).toEqual(['orion-rise', 'betelgeuse-zoom', 'nebula-pan']);
  });

  it('applies per-cue brightness and falls back to the default', async () => {
    await playSequence(
      projector,
      [
        { slide: 'milky-way', holdMs: 0, brightness: 0.4 },
        { slide: 'sunrise', holdMs: 0 },
      ],
      { signal: controller.signal, defaultBrightness: 1 },
    );
    expect(projector.log).toEqual([
      ['milky-way', 0.4],
      ['sunrise', 1],
    ]);
  });

  it('returns zero for an empty programme', async () => {
    expect(await playSequence(projector, [], { signal: controller.signal })).toBe(0);
  });
});
