// expect: no-uncalled-async-function
// The finally block does `await recorder.flush` without calling it, so buffered panel answers are never flushed before the recorder is closed.
export interface AnswerRecorder {
  record(answer: { panelistId: string; vialCode: string; descriptor: string; intensity: number }): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface PanelTerminal {
  nextAnswer(signal: AbortSignal): Promise<{ panelistId: string; vialCode: string; descriptor: string; intensity: number } | null>;
}

export interface SessionSummary {
  sessionId: string;
  answers: number;
  rejected: number;
  durationMs: number;
}

const DESCRIPTORS = new Set([
  'bergamot', 'oakmoss', 'labdanum', 'iris', 'vetiver', 'ambroxan', 'aldehydic', 'tonka', 'civet', 'galbanum',
]);

export class BlindFlightSession {
  constructor(
    private readonly sessionId: string,
    private readonly terminal: PanelTerminal,
    private readonly recorder: AnswerRecorder,
  ) {}

  async run(maxAnswers: number, signal: AbortSignal): Promise<SessionSummary> {
    const started = Date.now();
    const recorder = this.recorder;
    let answers = 0;
    let rejected = 0;

    try {
      while (answers < maxAnswers) {
        const answer = await this.terminal.nextAnswer(signal);
        if (answer === null) break;
        const descriptor = answer.descriptor.trim().toLowerCase();
        if (!DESCRIPTORS.has(descriptor) || answer.intensity < 0 || answer.intensity > 9) {
          rejected += 1;
          continue;
        }
        recorder.record({ ...answer, descriptor });
        answers += 1;
      }
    } finally {
      await recorder.flush;
      await recorder.close();
    }

    return { sessionId: this.sessionId, answers, rejected, durationMs: Date.now() - started };
  }
}
