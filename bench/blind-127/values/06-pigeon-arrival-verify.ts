// expect: none
// Each lookup is awaited before its result is tested for truthiness, compared or defaulted with ??, so every check works on resolved values.
export interface ClockedArrival {
  ringNumber: string;
  loftId: string;
  clockedAt: Date;
  rubberRingCode: string;
}

interface LoftClockReader {
  readArrival(loftId: string, ringNumber: string): Promise<ClockedArrival | null>;
}

interface FederationRegistry {
  isRegistered(ringNumber: string, season: number): Promise<boolean>;
  expectedRubberCode(ringNumber: string, raceId: string): Promise<string | null>;
}

interface LoftDirectory {
  surveyedDistanceKm(loftId: string, raceId: string): Promise<number | null>;
}

export type VerificationStatus = 'verified' | 'no-clock-record' | 'unregistered' | 'rubber-mismatch';

export interface VerifiedArrival {
  ringNumber: string;
  status: VerificationStatus;
  velocity?: number;
}

export class ArrivalVerifier {
  constructor(
    private readonly clocks: LoftClockReader,
    private readonly federation: FederationRegistry,
    private readonly lofts: LoftDirectory,
    private readonly fallbackDistanceKm: number,
  ) {}

  async verify(raceId: string, releasedAt: Date, loftId: string, ringNumber: string): Promise<VerifiedArrival> {
    const arrival = await this.clocks.readArrival(loftId, ringNumber);
    if (!arrival) return { ringNumber, status: 'no-clock-record' };

    const registered = await this.federation.isRegistered(ringNumber, releasedAt.getUTCFullYear());
    if (!registered) return { ringNumber, status: 'unregistered' };

    const expectedCode = await this.federation.expectedRubberCode(ringNumber, raceId);
    if (expectedCode !== null && expectedCode !== arrival.rubberRingCode) {
      return { ringNumber, status: 'rubber-mismatch' };
    }

    const distanceKm = (await this.lofts.surveyedDistanceKm(loftId, raceId)) ?? this.fallbackDistanceKm;
    const minutes = (arrival.clockedAt.getTime() - releasedAt.getTime()) / 60_000;
    return {
      ringNumber,
      status: 'verified',
      velocity: Math.round(((distanceKm * 1_000) / minutes) * 1_000) / 1_000,
    };
  }

  async verifyLoft(raceId: string, releasedAt: Date, loftId: string, rings: string[]): Promise<VerifiedArrival[]> {
    const results = await Promise.all(rings.map((ring) => this.verify(raceId, releasedAt, loftId, ring)));
    return results.sort((a, b) => (b.velocity ?? 0) - (a.velocity ?? 0));
  }
}

export function podium(results: VerifiedArrival[]): string[] {
  return results
    .filter((r) => r.status === 'verified')
    .slice(0, 3)
    .map((r, i) => `${i + 1}. ${r.ringNumber} ${r.velocity?.toFixed(3)} m/min`);
}
