// expect: none
// The pitch map is loaded once and the same promise is deliberately shared by later callers as a cache, but a rejected load is cleared so the next call starts a fresh request, and the retry loop calls fetchPermit() anew on every attempt instead of re-awaiting an old promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Pitch {
  id: string;
  name: string;
  amplificationAllowed: boolean;
}

export interface Permit {
  number: string;
  pitchId: string;
  validUntil: string;
}

export class PermitClient {
  private pitchMap: Promise<Map<string, Pitch>> | undefined;

  constructor(private readonly baseUrl: string) {}

  pitches(): Promise<Map<string, Pitch>> {
    if (!this.pitchMap) {
      this.pitchMap = this.loadPitches().catch((err: unknown) => {
        this.pitchMap = undefined;
        throw err;
      });
    }
    return this.pitchMap;
  }

  private async loadPitches(): Promise<Map<string, Pitch>> {
    const res = await fetch(`${this.baseUrl}/pitches`);
    if (!res.ok) throw new Error(`pitch list unavailable: HTTP ${res.status}`);
    const list = (await res.json()) as Pitch[];
    return new Map(list.map((p) => [p.id, p]));
  }

  private async fetchPermit(number: string): Promise<Permit> {
    const res = await fetch(`${this.baseUrl}/permits/${encodeURIComponent(number)}`);
    if (res.status === 404) throw new Error(`no permit ${number}`);
    if (!res.ok) throw new Error(`permit lookup failed: HTTP ${res.status}`);
    return (await res.json()) as Permit;
  }

  async verify(number: string, attempts = 3): Promise<{ permit: Permit; pitch: Pitch }> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const [permit, pitches] = await Promise.all([this.fetchPermit(number), this.pitches()]);
        const pitch = pitches.get(permit.pitchId);
        if (!pitch) throw new Error(`permit ${number} refers to unknown pitch ${permit.pitchId}`);
        return { permit, pitch };
      } catch (err) {
        lastError = err;
        if (err instanceof Error && err.message.startsWith('no permit')) break;
        if (attempt < attempts) await sleep(250 * attempt);
      }
    }
    throw lastError;
  }
}
