// expect: no-multiple-settle
// When the panel is dissolved below quorum for any reason other than a fire alarm or contamination, neither resolve nor reject is called and the round promise hangs forever.
export interface Vote {
  panelistId: string;
  pairCode: string;
  preferred: 'A' | 'B';
  confidence: 1 | 2 | 3;
}

export interface RoundResult {
  roundId: string;
  complete: boolean;
  votesForA: number;
  votesForB: number;
  weightedPreference: number;
}

export type DissolveReason = 'fire-alarm' | 'contamination' | 'moderator-ended' | 'olfactory-fatigue';

export class VoteCollector extends EventTarget {
  submit(vote: Vote): void {
    this.dispatchEvent(new CustomEvent<Vote>('vote', { detail: vote }));
  }

  dissolve(reason: DissolveReason): void {
    this.dispatchEvent(new CustomEvent<DissolveReason>('dissolved', { detail: reason }));
  }
}

function tally(roundId: string, votes: Vote[], complete: boolean): RoundResult {
  let a = 0;
  let b = 0;
  let weighted = 0;
  for (const v of votes) {
    if (v.preferred === 'A') a++;
    else b++;
    weighted += (v.preferred === 'A' ? 1 : -1) * v.confidence;
  }
  return { roundId, complete, votesForA: a, votesForB: b, weightedPreference: weighted / (votes.length * 3) };
}

export function collectRound(
  collector: VoteCollector,
  roundId: string,
  panelSize: number,
  quorum: number,
): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    const votes = new Map<string, Vote>();

    const cleanup = () => {
      collector.removeEventListener('vote', onVote);
      collector.removeEventListener('dissolved', onDissolved);
    };

    const onVote = (event: Event) => {
      const vote = (event as CustomEvent<Vote>).detail;
      if (votes.has(vote.panelistId)) return;
      votes.set(vote.panelistId, vote);
      if (votes.size === panelSize) {
        cleanup();
        resolve(tally(roundId, [...votes.values()], true));
      }
    };

    const onDissolved = (event: Event) => {
      const reason = (event as CustomEvent<DissolveReason>).detail;
      cleanup();
      if (votes.size >= quorum) {
        resolve(tally(roundId, [...votes.values()], false));
      } else if (reason === 'fire-alarm' || reason === 'contamination') {
        reject(new Error(`round ${roundId} abandoned (${reason}) with ${votes.size}/${quorum} votes`));
      }
    };

    collector.addEventListener('vote', onVote);
    collector.addEventListener('dissolved', onDissolved);
  });
}
