// expect: none
// The stored resolvers are taken and cleared in one place (take), which also cancels the two-minute timer, so call-off, expiry, injury and abandon can each settle a jam at most once.
export type Team = 'home' | 'away';
export type JamEndReason = 'called-off' | 'expired' | 'injury';

export interface JamResult {
  jam: number;
  reason: JamEndReason;
  durationMs: number;
  leadJammer: Team | null;
}

interface RunningJam {
  jam: number;
  startedAt: number;
  lead: Team | null;
  timer: ReturnType<typeof setTimeout>;
  resolve: (result: JamResult) => void;
  reject: (err: Error) => void;
}

export class JamClock {
  private current: RunningJam | null = null;
  private jamCount = 0;

  constructor(private readonly jamLengthMs = 120_000) {}

  get running(): boolean {
    return this.current !== null;
  }

  startJam(): Promise<JamResult> {
    if (this.current) {
      return Promise.reject(new Error(`jam ${this.current.jam} is still running`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<JamResult>();
    const jam = ++this.jamCount;
    const timer = setTimeout(() => this.finishJam('expired'), this.jamLengthMs);
    this.current = { jam, startedAt: Date.now(), lead: null, timer, resolve, reject };
    return promise;
  }

  declareLead(team: Team): boolean {
    if (!this.current || this.current.lead) return false;
    this.current.lead = team;
    return true;
  }

  callOff(team: Team): void {
    if (!this.current) throw new Error('no jam in progress');
    if (this.current.lead !== team) {
      throw new Error(`${team} jammer is not lead and cannot call off jam ${this.current.jam}`);
    }
    this.finishJam('called-off');
  }

  injuryStoppage(): void {
    this.finishJam('injury');
  }

  abandon(reason: string): void {
    const jam = this.take();
    if (!jam) return;
    jam.reject(new Error(`jam ${jam.jam} abandoned: ${reason}`));
  }

  private finishJam(reason: JamEndReason): void {
    const jam = this.take();
    if (!jam) return;
    jam.resolve({
      jam: jam.jam,
      reason,
      durationMs: Date.now() - jam.startedAt,
      leadJammer: jam.lead,
    });
  }

  private take(): RunningJam | null {
    const jam = this.current;
    if (!jam) return null;
    clearTimeout(jam.timer);
    this.current = null;
    return jam;
  }
}
