import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A listener that starts by taking every settling listener away (`cleanup()` removing `onVote`
// and itself) is the last word on the promise once it runs: nothing is left to settle it, so each
// of its paths must settle, like a callback that runs once. A branch for some reasons only
// (`fire-alarm`, `contamination`) leaves the round pending on the others.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // every path of the dissolving listener settles
    `interface Vote {
  panelistId: string;
  score: number;
}
export function collectRound(panel: EventTarget, size: number, quorum: number): Promise<Vote[]> {
  return new Promise((resolve, reject) => {
    const votes = new Map<string, Vote>();
    const cleanup = () => {
      panel.removeEventListener('vote', onVote);
      panel.removeEventListener('dissolved', onDissolved);
    };
    const onVote = (event: Event) => {
      const vote = (event as CustomEvent<Vote>).detail;
      votes.set(vote.panelistId, vote);
      if (votes.size === size) {
        cleanup();
        resolve([...votes.values()]);
      }
    };
    const onDissolved = (event: Event) => {
      const reason = (event as CustomEvent<string>).detail;
      cleanup();
      if (votes.size >= quorum) resolve([...votes.values()]);
      else reject(new Error(\`round dissolved (\${reason}) below quorum\`));
    };
    panel.addEventListener('vote', onVote);
    panel.addEventListener('dissolved', onDissolved);
  });
}`,
    // a listener that leaves the others registered is not the last word
    `interface Vote {
  panelistId: string;
  score: number;
}
export function collectRound(panel: EventTarget, size: number): Promise<Vote[]> {
  return new Promise((resolve, reject) => {
    const votes: Vote[] = [];
    const onVote = (event: Event) => {
      votes.push((event as CustomEvent<Vote>).detail);
      if (votes.length === size) {
        panel.removeEventListener('vote', onVote);
        panel.removeEventListener('alarm', onAlarm);
        resolve(votes);
      }
    };
    const onAlarm = (event: Event) => {
      if ((event as CustomEvent<string>).detail === 'fire') {
        panel.removeEventListener('vote', onVote);
        panel.removeEventListener('alarm', onAlarm);
        reject(new Error('evacuated'));
      }
    };
    panel.addEventListener('vote', onVote);
    panel.addEventListener('alarm', onAlarm);
  });
}`,
  ],
  invalid: [
    // dissolved below quorum for another reason, nothing settles and every listener is gone
    {
      code: `interface Vote {
  panelistId: string;
  score: number;
}
export function collectRound(panel: EventTarget, size: number, quorum: number): Promise<Vote[]> {
  return new Promise((resolve, reject) => {
    const votes = new Map<string, Vote>();
    const cleanup = () => {
      panel.removeEventListener('vote', onVote);
      panel.removeEventListener('dissolved', onDissolved);
    };
    const onVote = (event: Event) => {
      const vote = (event as CustomEvent<Vote>).detail;
      votes.set(vote.panelistId, vote);
      if (votes.size === size) {
        cleanup();
        resolve([...votes.values()]);
      }
    };
    const onDissolved = (event: Event) => {
      const reason = (event as CustomEvent<string>).detail;
      cleanup();
      if (votes.size >= quorum) {
        resolve([...votes.values()]);
      } else if (reason === 'fire-alarm' || reason === 'contamination') {
        reject(new Error(\`round abandoned (\${reason})\`));
      }
    };
    panel.addEventListener('vote', onVote);
    panel.addEventListener('dissolved', onDissolved);
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 20,
          column: 40,
          endLine: 20,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
  ],
});
