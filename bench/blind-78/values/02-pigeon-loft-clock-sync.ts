// expect: none
// The `===` compares promise identities on purpose, to clear the shared in-flight sync only if it is still the current one; the offset value itself is always awaited before use.
export interface ClockOffset {
  loftId: string;
  offsetMs: number;
  roundTripMs: number;
  syncedAt: number;
}

export interface TimedArrival {
  ringNumber: string;
  antennaPad: number;
  localMs: number;
}

declare const federationTime: { now(): Promise<{ serverMs: number }> };
declare const etsUnit: {
  readonly loftId: string;
  localNow(): number;
  drainArrivals(): Promise<TimedArrival[]>;
};

// Federation rules reject a race clock whose last sync is older than the liberation.
const MAX_SYNC_AGE_MS = 6 * 60 * 60 * 1000;

export class LoftClock {
  private current: ClockOffset | undefined;
  private inflight: Promise<ClockOffset> | undefined;

  sync(): Promise<ClockOffset> {
    if (this.inflight) return this.inflight;
    const attempt = this.measure();
    this.inflight = attempt;
    const clear = () => {
      if (this.inflight === attempt) this.inflight = undefined;
    };
    attempt.then(clear, clear);
    return attempt;
  }

  private async measure(): Promise<ClockOffset> {
    const samples: Array<{ offset: number; rtt: number }> = [];
    for (let i = 0; i < 5; i++) {
      const sent = etsUnit.localNow();
      const { serverMs } = await federationTime.now();
      const received = etsUnit.localNow();
      const rtt = received - sent;
      samples.push({ offset: serverMs + rtt / 2 - received, rtt });
    }
    // Use the sample with the shortest round trip: it has the least queuing noise.
    const best = samples.reduce((a, b) => (b.rtt < a.rtt ? b : a));
    const offset: ClockOffset = { loftId: etsUnit.loftId, offsetMs: Math.round(best.offset), roundTripMs: best.rtt, syncedAt: Date.now() };
    this.current = offset;
    return offset;
  }

  async offset(): Promise<ClockOffset> {
    if (this.current && Date.now() - this.current.syncedAt < MAX_SYNC_AGE_MS) return this.current;
    return this.sync();
  }

  async correctedArrivals(liberatedAtMs: number): Promise<Array<TimedArrival & { federationMs: number }>> {
    const [offset, arrivals] = await Promise.all([this.offset(), etsUnit.drainArrivals()]);
    if (offset.syncedAt > liberatedAtMs) {
      throw new Error(`clock for ${offset.loftId} was first synced after liberation; arrivals cannot be certified`);
    }
    return arrivals
      .map((a) => ({ ...a, federationMs: a.localMs + offset.offsetMs }))
      .filter((a) => a.federationMs > liberatedAtMs)
      .sort((a, b) => a.federationMs - b.federationMs);
  }
}
