// expect: none
// Bound methods and a closure are handed to APIs that expect callbacks, and every Promise.all entry is produced by an actual call.
export interface TranscriptionJob {
  episodeId: string;
  audioUrl: string;
  durationSec: number;
  language: string;
  speakers: number;
}

interface Segment {
  startSec: number;
  endSec: number;
  speaker: string;
  text: string;
}

interface ChunkWindow {
  startSec: number;
  endSec: number;
}

declare const jobQueue: {
  process(name: string, concurrency: number, handler: (job: TranscriptionJob) => Promise<void>): void;
  onFailed(handler: (job: TranscriptionJob, err: Error) => void): void;
};

declare const asr: {
  transcribeChunk(audioUrl: string, window: ChunkWindow, language: string, speakers: number): Promise<Segment[]>;
};

declare const storage: {
  saveTranscript(episodeId: string, vtt: string): Promise<string>;
};

declare const feedApi: {
  markTranscribed(episodeId: string, transcriptUrl: string): Promise<void>;
};

function chunkWindows(durationSec: number, chunkSec: number, overlapSec: number): ChunkWindow[] {
  const windows: ChunkWindow[] = [];
  for (let start = 0; start < durationSec; start += chunkSec) {
    windows.push({ startSec: Math.max(0, start - overlapSec), endSec: Math.min(durationSec, start + chunkSec) });
  }
  return windows;
}

function toTimestamp(sec: number): string {
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = (sec % 60).toFixed(3).padStart(6, '0');
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s}`;
}

function toVtt(segments: Segment[]): string {
  const cues = segments.map(
    (seg) => `${toTimestamp(seg.startSec)} --> ${toTimestamp(seg.endSec)}\n<v ${seg.speaker}>${seg.text}`,
  );
  return ['WEBVTT', ...cues].join('\n\n');
}

export class TranscriptionWorker {
  private readonly failures = new Map<string, number>();

  constructor(
    private readonly chunkSec = 300,
    private readonly overlapSec = 2,
  ) {
    this.handle = this.handle.bind(this);
  }

  start(): void {
    jobQueue.process('transcribe-episode', 2, this.handle);
    jobQueue.onFailed(this.recordFailure);
  }

  async handle(job: TranscriptionJob): Promise<void> {
    const windows = chunkWindows(job.durationSec, this.chunkSec, this.overlapSec);
    const transcribe = (window: ChunkWindow): Promise<Segment[]> =>
      asr.transcribeChunk(job.audioUrl, window, job.language, job.speakers);

    const perChunk = await Promise.all(windows.map(transcribe));
    const segments = this.dedupeOverlap(perChunk.flat());
    const url = await storage.saveTranscript(job.episodeId, toVtt(segments));
    await feedApi.markTranscribed(job.episodeId, url);
    this.failures.delete(job.episodeId);
  }

  failureCount(episodeId: string): number {
    return this.failures.get(episodeId) ?? 0;
  }

  private readonly recordFailure = (job: TranscriptionJob, err: Error): void => {
    this.failures.set(job.episodeId, this.failureCount(job.episodeId) + 1);
    console.warn(`transcription of ${job.episodeId} failed: ${err.message}`);
  };

  private dedupeOverlap(segments: Segment[]): Segment[] {
    const sorted = [...segments].sort((a, b) => a.startSec - b.startSec);
    const out: Segment[] = [];
    for (const seg of sorted) {
      const prev = out[out.length - 1];
      if (prev && seg.startSec < prev.endSec && seg.text === prev.text) continue;
      out.push(seg);
    }
    return out;
  }
}
