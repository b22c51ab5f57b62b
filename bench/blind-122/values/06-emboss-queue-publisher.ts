// expect: no-promise-as-value
// countSheets is async, so the JSON message published to the queue carries an empty object for estimatedSheets instead of the sheet count.
export interface TranscriptionRequest {
  requestId: string;
  patron: string;
  title: string;
  sourceUrl: string;
  grade: 1 | 2;
  interpoint: boolean;
}

export interface BrailleTranslator {
  translate(sourceUrl: string, grade: 1 | 2): Promise<string>;
}

export interface JobQueue {
  publish(topic: string, payload: string): Promise<void>;
}

const CELLS_PER_LINE = 40;
const LINES_PER_PAGE = 25;

export class EmbossQueuePublisher {
  private readonly brfCache = new Map<string, string>();

  constructor(
    private readonly translator: BrailleTranslator,
    private readonly queue: JobQueue,
  ) {}

  private async brfFor(req: TranscriptionRequest): Promise<string> {
    const key = `${req.sourceUrl}#${req.grade}`;
    const cached = this.brfCache.get(key);
    if (cached !== undefined) return cached;
    const brf = await this.translator.translate(req.sourceUrl, req.grade);
    this.brfCache.set(key, brf);
    return brf;
  }

  async countSheets(req: TranscriptionRequest): Promise<number> {
    const brf = await this.brfFor(req);
    const lines = brf.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CELLS_PER_LINE)), 0);
    const pages = Math.ceil(lines / LINES_PER_PAGE);
    return req.interpoint ? Math.ceil(pages / 2) : pages;
  }

  async enqueue(req: TranscriptionRequest, priority: 'normal' | 'rush' = 'normal'): Promise<void> {
    if (!req.sourceUrl.startsWith('https://')) {
      throw new Error(`request ${req.requestId} has an insecure source URL`);
    }
    const message = {
      requestId: req.requestId,
      patron: req.patron,
      title: req.title,
      grade: req.grade,
      interpoint: req.interpoint,
      estimatedSheets: this.countSheets(req),
      priority,
      queuedAt: new Date().toISOString(),
    };
    await this.queue.publish('emboss.jobs', JSON.stringify(message));
  }
}
