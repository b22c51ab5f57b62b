// expect: no-reused-settled-promise
// retrying() takes the already-started request promise and awaits that same promise on each attempt, so after a 503 every "retry" just re-reads the same rejection and the pick is never resubmitted.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DraftPick {
  draftId: string;
  round: number;
  pickNo: number;
  clubId: string;
  playerId: string;
}

export interface PickReceipt {
  pickNo: number;
  playerName: string;
  acceptedAt: string;
}

class RetryableError extends Error {}

const DRAFT_API = process.env.DRAFT_API ?? 'https://draft.lacrosse-league.example/api';

async function postPick(pick: DraftPick, token: string): Promise<PickReceipt> {
  const res = await fetch(`${DRAFT_API}/drafts/${pick.draftId}/picks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(pick),
  });
  if (res.status === 503 || res.status === 429) throw new RetryableError(`draft server busy (${res.status})`);
  if (res.status === 409) throw new Error('that player has already been taken');
  if (!res.ok) throw new Error(`pick rejected: ${res.status}`);
  return (await res.json()) as PickReceipt;
}

async function retrying<T>(request: Promise<T>, attempts = 4, baseDelayMs = 400): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request;
    } catch (err) {
      if (!(err instanceof RetryableError) || attempt >= attempts) throw err;
      const jitter = Math.random() * baseDelayMs;
      await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter);
    }
  }
}

/**
 * Draft night: the clock is running and the league's server is hammered by
 * every club at once, so busy answers are retried with backoff.
 */
export async function submitPick(pick: DraftPick, token: string, clockDeadline: Date): Promise<PickReceipt> {
  if (Date.now() > clockDeadline.getTime()) {
    throw new Error(`round ${pick.round} pick ${pick.pickNo}: clock expired`);
  }
  const receipt = await retrying(postPick(pick, token));
  console.log(`Pick ${receipt.pickNo}: ${receipt.playerName} (${pick.clubId}) at ${receipt.acceptedAt}`);
  return receipt;
}

export async function submitBoard(picks: DraftPick[], token: string, deadlines: Map<number, Date>) {
  const receipts: PickReceipt[] = [];
  for (const pick of picks) {
    const deadline = deadlines.get(pick.pickNo);
    if (!deadline) throw new Error(`no clock for pick ${pick.pickNo}`);
    receipts.push(await submitPick(pick, token, deadline));
  }
  return receipts;
}
