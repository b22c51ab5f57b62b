// expect: no-read-before-settle
// beginApproach reads this.sessionId right after link.connect(), but it is only assigned in the later 'handshake' event callback.
import { EventEmitter } from 'node:events';

export interface MastHandshake {
  sessionId: string;
  mastId: string;
  windKnots: number;
  windFromDeg: number;
}

export interface ApproachPlan {
  sessionId: string | undefined;
  airship: string;
  mastId: string;
  approachHeadingDeg: number;
  lineDropAltitudeM: number;
}

interface MastLink extends EventEmitter {
  connect(): void;
  send(frame: Record<string, unknown>): void;
  close(): void;
}

declare function openMastLink(mastId: string): MastLink;

declare const flightDeck: {
  show(plan: ApproachPlan): void;
  warn(message: string): void;
};

export class MooringApproach {
  private link: MastLink | undefined;
  private sessionId: string | undefined;
  private latestWind: { knots: number; fromDeg: number } | undefined;

  constructor(private readonly airship: string, private readonly maxWindKnots = 22) {}

  private attach(link: MastLink): void {
    link.on('handshake', (hs: MastHandshake) => {
      this.sessionId = hs.sessionId;
      this.latestWind = { knots: hs.windKnots, fromDeg: hs.windFromDeg };
    });
    link.on('wind', (knots: number, fromDeg: number) => {
      this.latestWind = { knots, fromDeg };
      if (knots > this.maxWindKnots) flightDeck.warn(`mast wind ${knots}kt exceeds ${this.maxWindKnots}kt limit`);
    });
    link.on('error', (err: Error) => flightDeck.warn(`mast link error: ${err.message}`));
  }

  beginApproach(mastId: string, forecastWindFromDeg: number): ApproachPlan {
    this.link?.close();
    const link = openMastLink(mastId);
    this.link = link;
    this.attach(link);
    link.connect();

    const plan: ApproachPlan = {
      sessionId: this.sessionId,
      airship: this.airship,
      mastId,
      approachHeadingDeg: (forecastWindFromDeg + 180) % 360,
      lineDropAltitudeM: 60,
    };
    link.send({ type: 'approach', session: plan.sessionId, heading: plan.approachHeadingDeg });
    flightDeck.show(plan);
    return plan;
  }

  confirmLineDrop(altitudeM: number): void {
    if (!this.link || !this.sessionId) throw new Error('no mast session established');
    if (altitudeM > 80) throw new Error(`line drop at ${altitudeM}m is above the ground crew's reach`);
    if (this.latestWind && this.latestWind.knots > this.maxWindKnots) {
      throw new Error(`holding line drop: mast reports ${this.latestWind.knots}kt`);
    }
    this.link.send({ type: 'line-drop', session: this.sessionId, altitudeM });
  }

  abort(reason: string): void {
    if (this.link && this.sessionId) this.link.send({ type: 'wave-off', session: this.sessionId, reason });
    this.link?.close();
    this.link = undefined;
    this.sessionId = undefined;
  }
}
