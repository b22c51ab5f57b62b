// expect: none
// The caller's signal is passed to readFile, to every fetch and to the polling sleep, so aborting stops the upload at whatever step it is in.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface TestPressingProof {
  catalogueNo: string;
  side: 'A' | 'B';
  path: string;
  rpm: 33 | 45;
}

export type ApprovalDecision = 'approved' | 'rejected' | 'needs-recut';

export interface ApprovalResult {
  ticket: string;
  decision: ApprovalDecision;
  notes: string;
}

interface TicketState {
  state: 'pending' | ApprovalDecision;
  notes?: string;
}

export class TestPressingPortal {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly pollMs = 5_000,
  ) {}

  async submit(proof: TestPressingProof, signal: AbortSignal): Promise<ApprovalResult> {
    const audio = await readFile(proof.path, { signal });
    const res = await fetch(`${this.baseUrl}/test-pressings`, {
      method: 'POST',
      body: audio,
      headers: {
        authorization: `Bearer ${this.token}`,
        'content-type': 'audio/flac',
        'x-catalogue-no': proof.catalogueNo,
        'x-side': proof.side,
        'x-rpm': String(proof.rpm),
      },
      signal,
    });
    if (!res.ok) throw new Error(`upload of ${proof.catalogueNo}${proof.side} failed: HTTP ${res.status}`);
    const { ticket } = (await res.json()) as { ticket: string };
    return this.waitForDecision(ticket, signal);
  }

  private async waitForDecision(ticket: string, signal: AbortSignal, maxPolls = 720): Promise<ApprovalResult> {
    for (let poll = 0; poll < maxPolls; poll++) {
      const res = await fetch(`${this.baseUrl}/test-pressings/${ticket}`, {
        headers: { authorization: `Bearer ${this.token}` },
        signal,
      });
      if (!res.ok) throw new Error(`status check for ${ticket} failed: HTTP ${res.status}`);
      const state = (await res.json()) as TicketState;
      if (state.state !== 'pending') {
        return { ticket, decision: state.state, notes: state.notes ?? '' };
      }
      await sleep(this.pollMs, undefined, { signal });
    }
    throw new Error(`artist never reviewed test pressing ${ticket}`);
  }
}

export async function submitBothSides(
  portal: TestPressingPortal,
  sides: [TestPressingProof, TestPressingProof],
  signal: AbortSignal,
): Promise<ApprovalResult[]> {
  return Promise.all(sides.map((proof) => portal.submit(proof, signal)));
}
