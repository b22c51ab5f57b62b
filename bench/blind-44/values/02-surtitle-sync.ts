// expect: no-read-before-settle
// latencyMs is assigned in the 'handshake' listener, but the cue schedule is computed synchronously right after connect(), before the handshake can have arrived, so it always uses 0.
import { EventEmitter } from 'node:events';

export interface Cue {
  index: number;
  atMs: number;
  text: string;
  durationMs: number;
}

export interface ScheduledCue extends Cue {
  showAtMs: number;
  hideAtMs: number;
}

export interface StageFeed extends EventEmitter {
  connect(host: string): void;
  close(): void;
}

export interface SurtitleDisplay {
  show(text: string): void;
  clear(): void;
}

interface Handshake {
  videoLatencyMs: number;
  conductorTimecodeMs: number;
}

const MIN_GAP_MS = 120;

function schedule(cues: Cue[], latencyMs: number): ScheduledCue[] {
  const out: ScheduledCue[] = [];
  for (const cue of cues) {
    const showAtMs = Math.max(0, cue.atMs - latencyMs);
    const prev = out[out.length - 1];
    if (prev && prev.hideAtMs > showAtMs - MIN_GAP_MS) {
      prev.hideAtMs = showAtMs - MIN_GAP_MS;
    }
    out.push({ ...cue, showAtMs, hideAtMs: showAtMs + cue.durationMs });
  }
  return out;
}

export class SurtitleRunner {
  private plan: ScheduledCue[] = [];
  private next = 0;
  private showing: ScheduledCue | null = null;

  constructor(private readonly feed: StageFeed, private readonly display: SurtitleDisplay) {}

  start(host: string, cues: Cue[]): void {
    let latencyMs = 0;
    this.feed.once('handshake', (hs: Handshake) => {
      latencyMs = hs.videoLatencyMs;
    });
    this.feed.on('timecode', (ms: number) => this.tick(ms));
    this.feed.connect(host);

    this.plan = schedule(cues, latencyMs);
    this.next = 0;
  }

  private tick(positionMs: number): void {
    if (this.showing && positionMs >= this.showing.hideAtMs) {
      this.display.clear();
      this.showing = null;
    }
    while (this.next < this.plan.length && this.plan[this.next].showAtMs <= positionMs) {
      const cue = this.plan[this.next++];
      if (positionMs < cue.hideAtMs) {
        this.display.show(cue.text);
        this.showing = cue;
      }
    }
  }

  stop(): void {
    this.feed.removeAllListeners('timecode');
    this.feed.close();
    this.display.clear();
  }

  get remaining(): number {
    return this.plan.length - this.next;
  }
}
