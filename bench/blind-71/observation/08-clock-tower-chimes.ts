// expect: none
// The synchronous 'strike' listener hands the async write off with a .catch that reports without throwing, so nothing is left unhandled.
import { EventEmitter } from "node:events";

export interface StrikeEvent {
  towerId: string;
  hour: number;
  strikes: number;
  hammerForceN: number;
  driftSec: number;
}

declare const chimeArchive: {
  append(event: StrikeEvent): Promise<void>;
};

declare const regulatorPanel: {
  adjustPendulum(towerId: string, seconds: number): Promise<void>;
};

export class ChimeRecorder extends EventEmitter {
  private readonly driftHistory = new Map<string, number[]>();

  constructor(private readonly source: EventEmitter) {
    super();
    this.source.on("strike", (event: StrikeEvent) => {
      this.track(event);
      this.persist(event).catch((err: unknown) => this.report(err));
    });
  }

  private report(err: unknown): void {
    if (this.listenerCount("error") > 0) {
      this.emit("error", err);
    } else {
      console.error(`chime archive write failed: ${String(err)}`);
    }
  }

  private track(event: StrikeEvent): void {
    const history = this.driftHistory.get(event.towerId) ?? [];
    history.push(event.driftSec);
    if (history.length > 24) history.shift();
    this.driftHistory.set(event.towerId, history);

    if (event.strikes !== ((event.hour + 11) % 12) + 1) {
      this.emit("miscount", event);
    }
  }

  private async persist(event: StrikeEvent): Promise<void> {
    await chimeArchive.append(event);
    const history = this.driftHistory.get(event.towerId) ?? [];
    if (history.length >= 6) {
      const mean = history.reduce((a, b) => a + b, 0) / history.length;
      if (Math.abs(mean) > 20) {
        await regulatorPanel.adjustPendulum(event.towerId, -mean);
        this.driftHistory.set(event.towerId, []);
      }
    }
  }

  averageDrift(towerId: string): number {
    const history = this.driftHistory.get(towerId) ?? [];
    return history.length === 0 ? 0 : history.reduce((a, b) => a + b, 0) / history.length;
  }
}

export function attachConsoleAlerts(recorder: ChimeRecorder, notify: (line: string) => void): () => void {
  const onMiscount = (event: StrikeEvent) => {
    notify(`tower ${event.towerId} struck ${event.strikes} at hour ${event.hour}`);
  };
  const onError = (err: unknown) => {
    notify(`chime archive error: ${(err as Error).message}`);
  };
  recorder.on("miscount", onMiscount);
  recorder.on("error", onError);
  return () => {
    recorder.off("miscount", onMiscount);
    recorder.off("error", onError);
  };
}
