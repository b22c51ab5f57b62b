// expect: none
// handlerFor returns bound methods on purpose because its callers want a function; runStage calls the handler and awaits its result.
export type Stage = 'load-out' | 'travel' | 'get-in' | 'show' | 'strike';

export interface Venue {
  venueId: string;
  town: string;
  stageDepthM: number;
  flyBars: number;
  getInHours: number;
}

export interface Puppet {
  name: string;
  kind: 'marionette' | 'rod' | 'shadow' | 'glove';
  crate: string;
  stringsToCheck: number;
}

export type StageHandler = (venue: Venue) => Promise<string[]>;

declare const crateManifest: { cratesFor(show: string): Promise<string[]>; puppets(show: string): Promise<Puppet[]> };
declare const vanBooking: { confirm(from: string, to: string): Promise<{ bookingRef: string }> };
declare const stageCrew: { hang(flyBars: number, puppets: Puppet[]): Promise<number> };
declare const hooks: { register(stage: Stage, handler: StageHandler): void };

export class TourRunner {
  private previousTown = 'home-workshop';

  constructor(private readonly show: string) {}

  private async loadOut(): Promise<string[]> {
    const crates = await crateManifest.cratesFor(this.show);
    return crates.map((c) => `loaded ${c}`);
  }

  private async travel(venue: Venue): Promise<string[]> {
    const { bookingRef } = await vanBooking.confirm(this.previousTown, venue.town);
    this.previousTown = venue.town;
    return [`van ${bookingRef} to ${venue.town}`];
  }

  private async getIn(venue: Venue): Promise<string[]> {
    const puppets = await crateManifest.puppets(this.show);
    const marionettes = puppets.filter((p) => p.kind === 'marionette');
    if (marionettes.length > 0 && venue.flyBars === 0) {
      throw new Error(`${venue.venueId} has no fly bars for ${marionettes.length} marionettes`);
    }
    const hung = await stageCrew.hang(venue.flyBars, marionettes);
    const strings = marionettes.reduce((n, p) => n + p.stringsToCheck, 0);
    return [`hung ${hung} marionettes`, `check ${strings} strings`];
  }

  private async strike(venue: Venue): Promise<string[]> {
    return [`strike ${venue.venueId}`, ...(await this.loadOut())];
  }

  handlerFor(stage: Stage): StageHandler {
    switch (stage) {
      case 'load-out':
        return this.loadOut.bind(this);
      case 'travel':
        return this.travel.bind(this);
      case 'get-in':
        return this.getIn.bind(this);
      case 'strike':
        return this.strike.bind(this);
      case 'show':
        return async (venue) => [`curtain up in ${venue.town}`];
    }
  }

  registerAll(): void {
    for (const stage of ['load-out', 'travel', 'get-in', 'show', 'strike'] as const) {
      hooks.register(stage, this.handlerFor(stage));
    }
  }

  async runStage(stage: Stage, venue: Venue): Promise<string[]> {
    const handler = this.handlerFor(stage);
    const notes = await handler(venue);
    return notes.map((n) => `[${stage}] ${n}`);
  }
}
