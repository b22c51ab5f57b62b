// expect: no-promise-as-value
// maybeSendHint negates the promise returned by the async isPuzzleSolved, which is always truthy, so no automatic hint is ever sent.
import { EventEmitter } from 'node:events';

export interface HintRule {
  puzzleId: string;
  afterSec: number;
  text: string;
  escalateAfterSec?: number;
  escalatedText?: string;
}

interface PropEvent {
  roomId: string;
  puzzleId: string;
  state: 'solved' | 'reset' | 'tampered';
}

declare const propBus: EventEmitter;
declare const roomScreen: {
  showHint(roomId: string, text: string): Promise<void>;
};
declare const sessionStore: {
  solvedPuzzles(roomId: string): Promise<string[]>;
  recordHint(roomId: string, puzzleId: string, level: 1 | 2): Promise<void>;
};

export class HintDirector {
  private readonly startedAt = Date.now();
  private readonly given = new Map<string, 1 | 2>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly roomId: string,
    private readonly rules: HintRule[],
  ) {}

  start(tickMs = 5_000): void {
    propBus.on('prop', this.onProp);
    this.timer = setInterval(() => {
      this.tick().catch((err: unknown) => console.error(`hint tick failed for ${this.roomId}`, err));
    }, tickMs);
  }

  stop(): void {
    propBus.off('prop', this.onProp);
    clearInterval(this.timer);
  }

  private onProp = (event: PropEvent): void => {
    if (event.roomId !== this.roomId) return;
    if (event.state === 'reset') this.given.delete(event.puzzleId);
  };

  private async isPuzzleSolved(puzzleId: string): Promise<boolean> {
    const solved = await sessionStore.solvedPuzzles(this.roomId);
    return solved.includes(puzzleId);
  }

  private elapsedSec(): number {
    return Math.floor((Date.now() - this.startedAt) / 1000);
  }

  private async maybeSendHint(rule: HintRule): Promise<void> {
    const elapsed = this.elapsedSec();
    const level = this.given.get(rule.puzzleId);
    if (!this.isPuzzleSolved(rule.puzzleId)) {
      if (!level && elapsed >= rule.afterSec) {
        await roomScreen.showHint(this.roomId, rule.text);
        await sessionStore.recordHint(this.roomId, rule.puzzleId, 1);
        this.given.set(rule.puzzleId, 1);
      } else if (level === 1 && rule.escalateAfterSec && rule.escalatedText && elapsed >= rule.escalateAfterSec) {
        await roomScreen.showHint(this.roomId, rule.escalatedText);
        await sessionStore.recordHint(this.roomId, rule.puzzleId, 2);
        this.given.set(rule.puzzleId, 2);
      }
    }
  }

  async tick(): Promise<void> {
    for (const rule of this.rules) {
      await this.maybeSendHint(rule);
    }
  }
}
