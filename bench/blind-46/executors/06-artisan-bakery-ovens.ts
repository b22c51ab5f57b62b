// expect: none
// The preheat deferred settles once through a guarded settle() that clears the timer and detaches listeners on reading, fault, timeout or command failure.
export interface OvenReading {
  deckC: number;
  crownC: number;
  steamPct: number;
}

export interface BakeProgram {
  name: string;
  deckC: number;
  crownC: number;
  toleranceC: number;
  preheatLimitMs: number;
}

declare const ovenBus: {
  controller(ovenId: string): EventTarget;
  command(ovenId: string, cmd: { setDeckC: number; setCrownC: number }): Promise<void>;
};

export class PreheatTimeout extends Error {
  constructor(ovenId: string, program: string, last: OvenReading | undefined) {
    super(`${ovenId} did not reach ${program} temperatures (last: ${last ? `${last.deckC}/${last.crownC}` : 'none'})`);
    this.name = 'PreheatTimeout';
  }
}

export class DeckOven {
  private readonly events: EventTarget;
  private lastReading: OvenReading | undefined;
  private preheat: PromiseWithResolvers<OvenReading> | undefined;

  constructor(readonly ovenId: string) {
    this.events = ovenBus.controller(ovenId);
  }

  private inBand(reading: OvenReading, program: BakeProgram): boolean {
    return (
      Math.abs(reading.deckC - program.deckC) <= program.toleranceC &&
      Math.abs(reading.crownC - program.crownC) <= program.toleranceC
    );
  }

  preheatFor(program: BakeProgram): Promise<OvenReading> {
    if (this.preheat) return this.preheat.promise;
    const deferred = Promise.withResolvers<OvenReading>();
    this.preheat = deferred;

    let done = false;
    const settle = (apply: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      this.events.removeEventListener('reading', onReading);
      this.events.removeEventListener('fault', onFault);
      this.preheat = undefined;
      apply();
    };
    const onReading = (event: Event) => {
      const reading = (event as CustomEvent<OvenReading>).detail;
      this.lastReading = reading;
      if (this.inBand(reading, program)) settle(() => deferred.resolve(reading));
    };
    const onFault = (event: Event) => {
      const detail = (event as CustomEvent<string>).detail;
      settle(() => deferred.reject(new Error(`${this.ovenId} fault: ${detail}`)));
    };
    const timer = setTimeout(() => {
      settle(() => deferred.reject(new PreheatTimeout(this.ovenId, program.name, this.lastReading)));
    }, program.preheatLimitMs);

    this.events.addEventListener('reading', onReading);
    this.events.addEventListener('fault', onFault);
    ovenBus
      .command(this.ovenId, { setDeckC: program.deckC, setCrownC: program.crownC })
      .catch((err: unknown) => settle(() => deferred.reject(err)));
    return deferred.promise;
  }
}

export async function loadOvensForShift(
  ovens: DeckOven[],
  program: BakeProgram,
): Promise<Array<{ ovenId: string; ready: boolean; reading?: OvenReading; error?: string }>> {
  const outcomes = await Promise.allSettled(ovens.map((oven) => oven.preheatFor(program)));
  return outcomes.map((outcome, i) =>
    outcome.status === 'fulfilled'
      ? { ovenId: ovens[i].ovenId, ready: true, reading: outcome.value }
      : { ovenId: ovens[i].ovenId, ready: false, error: String(outcome.reason) },
  );
}
