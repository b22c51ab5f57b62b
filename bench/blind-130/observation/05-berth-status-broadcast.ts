// expect: no-unchecked-settled-results
// Only the fulfilled entries of the allSettled results are ever read, so terminals that failed to receive the berth update are silently dropped with no reason logged or surfaced.
export type BerthState = 'free' | 'approaching' | 'docked' | 'skirt-deflating' | 'closed';

export interface BerthUpdate {
  berthId: string;
  state: BerthState;
  craftName: string | null;
  etaMinutes: number | null;
}

export interface TerminalReceipt {
  terminalId: string;
  displayedAt: Date;
}

export interface TerminalDisplay {
  readonly id: string;
  push(update: BerthUpdate): Promise<TerminalReceipt>;
}

export interface BroadcastResult {
  berthId: string;
  receipts: TerminalReceipt[];
}

export class BerthStatusBroadcaster {
  private readonly lastState = new Map<string, BerthState>();
  private readonly lastAck = new Map<string, Date>();

  constructor(private readonly terminals: TerminalDisplay[]) {}

  shouldBroadcast(update: BerthUpdate): boolean {
    const previous = this.lastState.get(update.berthId);
    return previous !== update.state || update.state === 'approaching';
  }

  async broadcast(update: BerthUpdate): Promise<BroadcastResult> {
    this.lastState.set(update.berthId, update.state);

    const settled = await Promise.allSettled(this.terminals.map((terminal) => terminal.push(update)));

    const receipts = settled
      .filter((r): r is PromiseFulfilledResult<TerminalReceipt> => r.status === 'fulfilled')
      .map((r) => r.value);

    for (const receipt of receipts) {
      this.lastAck.set(receipt.terminalId, receipt.displayedAt);
    }

    return { berthId: update.berthId, receipts };
  }

  staleTerminals(now: Date, maxAgeMs: number): string[] {
    return this.terminals
      .map((t) => t.id)
      .filter((id) => {
        const ack = this.lastAck.get(id);
        return !ack || now.getTime() - ack.getTime() > maxAgeMs;
      });
  }
}

export function formatBoardLine(update: BerthUpdate): string {
  const craft = update.craftName ?? '—';
  const eta = update.etaMinutes === null ? '' : ` ETA ${update.etaMinutes} min`;
  return `${update.berthId.padEnd(4)} ${update.state.toUpperCase().padEnd(16)} ${craft}${eta}`;
}
