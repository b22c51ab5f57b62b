// expect: no-uncalled-async-function
// close() does `await this.flushPending` without calling it, so buffered strokes are never written before the file handle closes.
import { open, type FileHandle } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface StenoStroke {
  readonly timestampMs: number;
  readonly speaker: string;
  readonly text: string;
}

export interface TranscriptSessionOptions {
  readonly caseNumber: string;
  readonly outputPath: string;
  readonly flushEvery?: number;
}

export class TranscriptSession extends EventEmitter {
  private handle: FileHandle | null = null;
  private pending: StenoStroke[] = [];
  private written = 0;
  private readonly flushEvery: number;

  constructor(private readonly options: TranscriptSessionOptions) {
    super();
    this.flushEvery = options.flushEvery ?? 25;
  }

  async start(): Promise<void> {
    this.handle = await open(this.options.outputPath, 'a');
    const header = `# Case ${this.options.caseNumber} — opened ${new Date().toISOString()}\n`;
    await this.handle.write(header);
    this.emit('started', this.options.caseNumber);
  }

  async record(stroke: StenoStroke): Promise<void> {
    if (!this.handle) {
      throw new Error(`session for ${this.options.caseNumber} has not been started`);
    }
    this.pending.push(stroke);
    if (this.pending.length >= this.flushEvery) {
      await this.flushPending();
    }
  }

  private async flushPending(): Promise<void> {
    if (!this.handle || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const lines = batch.map((s) => {
      const clock = new Date(s.timestampMs).toISOString().slice(11, 23);
      return `[${clock}] ${s.speaker.toUpperCase()}: ${s.text}`;
    });
    await this.handle.write(lines.join('\n') + '\n');
    this.written += batch.length;
    this.emit('flushed', batch.length);
  }

  async close(): Promise<number> {
    if (!this.handle) return this.written;
    await this.flushPending;
    await this.handle.write(`# Closed ${new Date().toISOString()} (${this.written} strokes)\n`);
    await this.handle.close();
    this.handle = null;
    this.emit('closed', this.written);
    return this.written;
  }
}

export async function transcribeHearing(caseNumber: string, outputPath: string, strokes: AsyncIterable<StenoStroke>): Promise<number> {
  const session = new TranscriptSession({ caseNumber, outputPath });
  await session.start();
  let total = 0;
  try {
    for await (const stroke of strokes) {
      await session.record(stroke);
    }
  } finally {
    total = await session.close();
  }
  return total;
}
