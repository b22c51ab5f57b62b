// expect: none
// Each deferred is removed from the pending map before it is resolved or rejected, so the ballot, deadline and disconnect paths can settle it at most once and every ride is eventually settled.
import { EventEmitter } from 'node:events';

export interface JudgeBallot {
  judgeId: string;
  riderScore: number;
  animalScore: number;
  penalties: number;
}

export interface BallotChannel extends EventEmitter {
  requestBallots(rideId: string, judgeIds: string[]): void;
}

interface PendingRide {
  judges: Set<string>;
  ballots: Map<string, JudgeBallot>;
  timer: NodeJS.Timeout;
  resolve: (ballots: JudgeBallot[]) => void;
  reject: (err: Error) => void;
}

export class BallotCollector {
  private readonly pending = new Map<string, PendingRide>();

  constructor(private readonly channel: BallotChannel) {
    channel.on('ballot', this.onBallot);
    channel.on('disconnect', this.onDisconnect);
  }

  collect(rideId: string, judgeIds: string[], deadlineMs = 45_000): Promise<JudgeBallot[]> {
    if (this.pending.has(rideId)) {
      return Promise.reject(new Error(`ballots for ride ${rideId} are already being collected`));
    }
    if (judgeIds.length === 0) {
      return Promise.reject(new Error('a ride needs at least one judge'));
    }

    const { promise, resolve, reject } = Promise.withResolvers<JudgeBallot[]>();
    const timer = setTimeout(() => {
      this.fail(rideId, new Error(`judges did not all score ride ${rideId} within ${deadlineMs} ms`));
    }, deadlineMs);

    this.pending.set(rideId, {
      judges: new Set(judgeIds),
      ballots: new Map(),
      timer,
      resolve,
      reject,
    });

    try {
      this.channel.requestBallots(rideId, judgeIds);
    } catch (err) {
      this.fail(rideId, err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  private readonly onBallot = (rideId: string, ballot: JudgeBallot): void => {
    const entry = this.pending.get(rideId);
    if (!entry || !entry.judges.has(ballot.judgeId)) return;
    entry.ballots.set(ballot.judgeId, ballot);
    if (entry.ballots.size < entry.judges.size) return;

    this.pending.delete(rideId);
    clearTimeout(entry.timer);
    entry.resolve([...entry.ballots.values()]);
  };

  private readonly onDisconnect = (): void => {
    for (const rideId of [...this.pending.keys()]) {
      this.fail(rideId, new Error(`ballot channel dropped while scoring ride ${rideId}`));
    }
  };

  private fail(rideId: string, err: Error): void {
    const entry = this.pending.get(rideId);
    if (!entry) return;
    this.pending.delete(rideId);
    clearTimeout(entry.timer);
    entry.reject(err);
  }

  dispose(): void {
    this.onDisconnect();
    this.channel.off('ballot', this.onBallot);
    this.channel.off('disconnect', this.onDisconnect);
  }
}
