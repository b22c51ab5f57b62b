// expect: none
// status() shares one in-flight request per dog only while it is pending (the .finally removes it before awaiters resume), and waitUntilCleared calls status() again on every poll, so each iteration awaits a fresh request rather than the settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export type VetState = 'pending' | 'cleared' | 'dropped';

export interface VetStatus {
  chip: string;
  state: VetState;
  vet: string | null;
  note: string;
}

export interface VetApi {
  status(chip: string): Promise<VetStatus>;
}

export class VetDesk {
  private readonly inflight = new Map<string, Promise<VetStatus>>();

  constructor(
    private readonly api: VetApi,
    private readonly pollMs = 15_000,
  ) {}

  status(chip: string): Promise<VetStatus> {
    let pending = this.inflight.get(chip);
    if (!pending) {
      pending = this.api.status(chip).finally(() => {
        this.inflight.delete(chip);
      });
      this.inflight.set(chip, pending);
    }
    return pending;
  }

  async waitUntilCleared(chip: string, maxPolls = 40): Promise<VetStatus> {
    for (let i = 0; i < maxPolls; i++) {
      const current = await this.status(chip);
      if (current.state === 'cleared') return current;
      if (current.state === 'dropped') {
        throw new Error(`dog ${chip} dropped by ${current.vet ?? 'vet team'}: ${current.note}`);
      }
      await sleep(this.pollMs);
    }
    throw new Error(`dog ${chip} still awaiting vet check after ${maxPolls} polls`);
  }

  async teamReady(chips: string[]): Promise<{ ready: boolean; waitingOn: string[] }> {
    const statuses = await Promise.all(chips.map((c) => this.status(c)));
    const waitingOn = statuses.filter((s) => s.state === 'pending').map((s) => s.chip);
    const dropped = statuses.filter((s) => s.state === 'dropped').length;
    return { ready: waitingOn.length === 0 && chips.length - dropped >= 6, waitingOn };
  }
}
