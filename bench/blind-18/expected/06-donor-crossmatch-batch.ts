// expect: none
// Correct: the async refresh functions are stored in an array and each one is called inside Promise.all, and loadCandidate is passed to map as a callback.
import { EventEmitter } from 'node:events';

export interface Candidate {
  recipientId: string;
  bloodGroup: 'O' | 'A' | 'B' | 'AB';
  hlaMismatches: number;
  waitingDays: number;
  urgency: 1 | 2 | 3;
}

export interface DonorOffer {
  offerId: string;
  donorId: string;
  organ: 'kidney' | 'liver' | 'heart' | 'lung';
  bloodGroup: Candidate['bloodGroup'];
  candidateIds: string[];
}

declare const registry: {
  fetchCandidate: (recipientId: string) => Promise<Candidate>;
  refreshHlaTyping: (donorId: string) => Promise<void>;
  refreshCrossmatchPanel: (donorId: string) => Promise<void>;
  refreshViralSerology: (donorId: string) => Promise<void>;
};

const ABO_COMPATIBLE: Record<Candidate['bloodGroup'], Candidate['bloodGroup'][]> = {
  O: ['O', 'A', 'B', 'AB'],
  A: ['A', 'AB'],
  B: ['B', 'AB'],
  AB: ['AB'],
};

async function loadCandidate(recipientId: string): Promise<Candidate> {
  return registry.fetchCandidate(recipientId);
}

function score(c: Candidate): number {
  return c.urgency * 1000 + c.waitingDays - c.hlaMismatches * 40;
}

export class MatchRunner extends EventEmitter {
  async rank(offer: DonorOffer): Promise<Candidate[]> {
    const labRefreshes: Array<(donorId: string) => Promise<void>> = [registry.refreshHlaTyping, registry.refreshCrossmatchPanel];
    if (offer.organ !== 'kidney') {
      labRefreshes.push(registry.refreshViralSerology);
    }

    // Lab data must be current before we score anyone.
    await Promise.all(labRefreshes.map((refresh) => refresh(offer.donorId)));

    const candidates = await Promise.all(offer.candidateIds.map(loadCandidate));
    const compatible = candidates.filter((c) => ABO_COMPATIBLE[offer.bloodGroup].includes(c.bloodGroup));
    return compatible.sort((a, b) => score(b) - score(a));
  }

  listen(source: EventEmitter): void {
    source.on('offer', (offer: DonorOffer) => {
      this.rank(offer).then(
        (ranked) => this.emit('ranked', offer.offerId, ranked),
        (err: unknown) => this.emit('error', err),
      );
    });
  }
}
