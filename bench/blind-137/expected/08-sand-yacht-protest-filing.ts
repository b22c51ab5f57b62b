// expect: no-reused-settled-promise
// retry() is handed the already-started fileProtest() promise and just re-awaits that same rejected promise on each attempt instead of re-filing.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Protest {
  raceId: string;
  protestor: string;
  protestee: string;
  rule: string;
  incidentAt: string;
  description: string;
}

export interface JuryApi {
  fileProtest(protest: Protest): Promise<{ caseNumber: string; hearingAt: string }>;
}

export interface Notifier {
  send(sailNumber: string, text: string): Promise<void>;
}

async function retry<T>(operation: Promise<T>, attempts: number, delayMs: number): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await sleep(delayMs * attempt);
    }
  }
  throw lastError;
}

const PROTEST_WINDOW_MS = 90 * 60_000;

export class ProtestDesk {
  constructor(
    private readonly jury: JuryApi,
    private readonly notifier: Notifier,
  ) {}

  validate(protest: Protest, raceFinishedAt: Date): void {
    if (protest.protestor === protest.protestee) throw new Error('a yacht cannot protest itself');
    if (!/^\d{1,2}(\.\d+)?$/.test(protest.rule)) throw new Error(`"${protest.rule}" is not a rule number`);
    if (Date.now() - raceFinishedAt.getTime() > PROTEST_WINDOW_MS) {
      throw new Error(`protest window for ${protest.raceId} has closed`);
    }
  }

  async submit(protest: Protest, raceFinishedAt: Date): Promise<string> {
    this.validate(protest, raceFinishedAt);
    const filed = await retry(this.jury.fileProtest(protest), 3, 1_000);
    const text = `Protest ${filed.caseNumber} (${protest.protestor} v ${protest.protestee}, rule ${protest.rule}) will be heard at ${filed.hearingAt}`;
    await Promise.all([this.notifier.send(protest.protestor, text), this.notifier.send(protest.protestee, text)]);
    return filed.caseNumber;
  }
}
