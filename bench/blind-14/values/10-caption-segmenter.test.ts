// expect: none
// The listener-assigned variables are read only after awaiting once() on the completion event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface CaptionCue {
  startMs: number;
  endMs: number;
  text: string;
}

interface Word {
  text: string;
  atMs: number;
}

class CaptionSegmenter extends EventEmitter {
  private buffer: Word[] = [];

  constructor(
    private readonly maxChars = 32,
    private readonly maxGapMs = 800,
  ) {
    super();
  }

  push(word: Word): void {
    const last = this.buffer[this.buffer.length - 1];
    const length = this.buffer.reduce((n, w) => n + w.text.length + 1, 0);
    if (last && (word.atMs - last.atMs > this.maxGapMs || length + word.text.length > this.maxChars)) {
      this.flush();
    }
    this.buffer.push(word);
  }

  end(): void {
    setTimeout(() => {
      this.flush();
      this.emit('done');
    }, 0);
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const cue: CaptionCue = {
      startMs: this.buffer[0].atMs,
      endMs: this.buffer[this.buffer.length - 1].atMs + 300,
      text: this.buffer.map((w) => w.text).join(' '),
    };
    this.buffer = [];
    this.emit('cue', cue);
  }
}

test('splits cues on long pauses', async () => {
  const segmenter = new CaptionSegmenter();
  const cues: CaptionCue[] = [];
  let lastCue: CaptionCue | undefined;
  segmenter.on('cue', (cue: CaptionCue) => {
    cues.push(cue);
    lastCue = cue;
  });

  const words = ['good', 'evening', 'and', 'welcome'];
  words.forEach((text, i) => segmenter.push({ text, atMs: i * 200 }));
  segmenter.push({ text: 'tonight', atMs: 2_000 });

  const done = once(segmenter, 'done');
  segmenter.end();
  await done;

  assert.equal(cues.length, 2);
  assert.equal(cues[0].text, 'good evening and welcome');
  assert.equal(lastCue?.text, 'tonight');
  assert.equal(lastCue?.startMs, 2_000);
});
