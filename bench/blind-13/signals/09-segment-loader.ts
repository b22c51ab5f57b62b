// expect: no-swallowed-abort
// loadSegment's catch-all turns the AbortError from a seek/stop into a null "missing segment", so the playback loop emits gaps for the rest of the playlist and ends as if it finished normally.
import { EventEmitter, once } from 'node:events';

export interface PlaylistSegment {
  seq: number;
  uri: string;
  durationSec: number;
  byteRange?: { offset: number; length: number };
}

export interface DecodedChunk {
  seq: number;
  pcm: Float32Array;
  sampleRate: number;
}

declare function decodeAac(data: ArrayBuffer, seq: number): Promise<DecodedChunk>;

export class SegmentPlayer extends EventEmitter {
  private bufferedSec = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly maxBufferSec = 30,
  ) {
    super();
  }

  private async loadSegment(seg: PlaylistSegment, signal: AbortSignal): Promise<DecodedChunk | null> {
    const headers: Record<string, string> = {};
    if (seg.byteRange) {
      const { offset, length } = seg.byteRange;
      headers.Range = `bytes=${offset}-${offset + length - 1}`;
    }
    try {
      const res = await fetch(new URL(seg.uri, this.baseUrl), { headers, signal });
      if (!res.ok) {
        this.emit('warn', `segment ${seg.seq} returned ${res.status}`);
        return null;
      }
      return await decodeAac(await res.arrayBuffer(), seg.seq);
    } catch (err) {
      this.emit('warn', `segment ${seg.seq} could not be loaded: ${(err as Error).message}`);
      return null;
    }
  }

  consumed(seconds: number): void {
    this.bufferedSec = Math.max(0, this.bufferedSec - seconds);
    this.emit('drain');
  }

  async play(playlist: PlaylistSegment[], signal: AbortSignal): Promise<{ played: number; gaps: number }> {
    let played = 0;
    let gaps = 0;

    for (const seg of playlist) {
      while (this.bufferedSec >= this.maxBufferSec) {
        await once(this, 'drain', { signal });
      }

      const chunk = await this.loadSegment(seg, signal);
      if (!chunk) {
        gaps++;
        this.emit('gap', seg.seq, seg.durationSec);
        continue;
      }

      this.bufferedSec += seg.durationSec;
      played++;
      this.emit('chunk', chunk);
    }

    this.emit('ended', { played, gaps });
    return { played, gaps };
  }
}
