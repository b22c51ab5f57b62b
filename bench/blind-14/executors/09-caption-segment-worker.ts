// expect: no-multiple-settle
// Bug: the promise settles only on a 'final' message or 'error'; if the decoder worker exits (process.exit or its script just ends) without posting 'final', nothing listens for 'exit' and the promise never settles.
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { EventEmitter } from 'node:events';

export interface AudioSegment {
  streamId: string;
  seq: number;
  sampleRate: number;
  pcm: Float32Array;
}

export interface CaptionCue {
  streamId: string;
  seq: number;
  startMs: number;
  endMs: number;
  text: string;
  confidence: number;
}

type DecoderMessage = { type: 'partial'; text: string } | { type: 'final'; cues: CaptionCue[] };

const DECODER = path.join(__dirname, 'decoder-worker.js');

export class CaptionPipeline extends EventEmitter {
  private inFlight = 0;

  constructor(
    private readonly modelPath: string,
    private readonly maxHeapMb = 512,
  ) {
    super();
  }

  transcribe(segment: AudioSegment): Promise<CaptionCue[]> {
    this.inFlight += 1;
    const worker = new Worker(DECODER, {
      workerData: { modelPath: this.modelPath, sampleRate: segment.sampleRate },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });

    const result = new Promise<CaptionCue[]>((resolve, reject) => {
      worker.on('message', (msg: DecoderMessage) => {
        if (msg.type === 'partial') {
          this.emit('partial', { streamId: segment.streamId, seq: segment.seq, text: msg.text });
          return;
        }
        resolve(msg.cues);
      });
      worker.on('error', reject);
    });

    const copy = segment.pcm.slice();
    worker.postMessage({ seq: segment.seq, pcm: copy }, [copy.buffer]);

    return result.finally(() => {
      this.inFlight -= 1;
      void worker.terminate();
    });
  }

  get pending(): number {
    return this.inFlight;
  }
}

export async function captionStream(pipeline: CaptionPipeline, segments: AsyncIterable<AudioSegment>) {
  const cues: CaptionCue[] = [];
  for await (const segment of segments) {
    const out = await pipeline.transcribe(segment);
    cues.push(...out);
    pipeline.emit('cues', out);
  }
  return cues;
}
