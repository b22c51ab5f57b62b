// expect: no-uncalled-async-function
// Promise.all receives `this.openTranscriptSocket` (the method) rather than its promise, so the socket is never opened before captions start flowing.
import { EventEmitter } from 'node:events';

export interface CaptionSegment {
  startMs: number;
  endMs: number;
  text: string;
  final: boolean;
}

declare function createRecognizer(opts: { language: string; sampleRate: number }): Promise<{
  push(pcm: Int16Array): void;
  on(event: 'segment', cb: (s: CaptionSegment) => void): void;
  close(): Promise<void>;
}>;
declare function fetchCustomVocabulary(eventId: string): Promise<string[]>;

type Recognizer = Awaited<ReturnType<typeof createRecognizer>>;

export class LiveCaptionSession extends EventEmitter {
  private recognizer: Recognizer | null = null;
  private socket: WebSocket | null = null;
  private vocabulary: string[] = [];

  constructor(
    private readonly eventId: string,
    private readonly language: string,
    private readonly relayUrl: string,
  ) {
    super();
  }

  private async openTranscriptSocket(): Promise<void> {
    const ws = new WebSocket(`${this.relayUrl}/events/${this.eventId}/captions`);
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener('open', () => resolve(), { once: true });
      ws.addEventListener('error', () => reject(new Error('caption relay unreachable')), { once: true });
    });
    this.socket = ws;
  }

  private async startRecognizer(): Promise<void> {
    this.recognizer = await createRecognizer({ language: this.language, sampleRate: 16_000 });
    this.recognizer.on('segment', (seg) => this.publish(seg));
  }

  async start(): Promise<void> {
    const [, , vocab] = await Promise.all([this.startRecognizer(), this.openTranscriptSocket, fetchCustomVocabulary(this.eventId)]);
    this.vocabulary = vocab;
    this.emit('ready');
  }

  feed(pcm: Int16Array): void {
    this.recognizer?.push(pcm);
  }

  private applyVocabulary(text: string): string {
    let out = text;
    for (const term of this.vocabulary) {
      out = out.replace(new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'), term);
    }
    return out;
  }

  private publish(seg: CaptionSegment): void {
    const payload = { ...seg, text: this.applyVocabulary(seg.text) };
    if (this.socket?.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(payload));
    } else {
      this.emit('dropped', payload);
    }
    this.emit('segment', payload);
  }

  async stop(): Promise<void> {
    await this.recognizer?.close();
    this.socket?.close(1000, 'session ended');
    this.recognizer = null;
    this.socket = null;
  }
}
