// expect: no-uncalled-async-function
// The warm-up passes this.syncMovement (the method itself) to Promise.all instead of calling it, so the clock movement is never synchronised yet warm-up reports success.
export interface CarillonCalendar {
  feastDays(year: number): Promise<Array<{ date: string; peal: string }>>;
}

export interface MovementLink {
  readHandsMinutes(): Promise<number>;
  advance(minutes: number): Promise<void>;
}

export interface HammerRack {
  lift(bell: string): Promise<void>;
  drop(bell: string): Promise<void>;
}

export interface WarmupState {
  feastDays: number;
  bellsExercised: string[];
  startedAt: string;
}

const BELLS = ['treble', '2', '3', '4', '5', '6', '7', 'tenor'];

export class CarillonWarmup {
  private feasts: Array<{ date: string; peal: string }> = [];

  constructor(
    private readonly calendar: CarillonCalendar,
    private readonly movement: MovementLink,
    private readonly hammers: HammerRack,
  ) {}

  private async loadFeasts(year: number): Promise<number> {
    this.feasts = await this.calendar.feastDays(year);
    return this.feasts.length;
  }

  private async syncMovement(): Promise<void> {
    const now = new Date();
    const wallMinutes = now.getHours() * 60 + now.getMinutes();
    const handsMinutes = await this.movement.readHandsMinutes();
    // the movement can only go forwards; wrap through twelve hours if it runs fast
    const behind = (wallMinutes - handsMinutes + 720) % 720;
    if (behind > 0) await this.movement.advance(behind);
  }

  private async exerciseHammers(): Promise<string[]> {
    const exercised: string[] = [];
    for (const bell of BELLS) {
      await this.hammers.lift(bell);
      await this.hammers.drop(bell);
      exercised.push(bell);
    }
    return exercised;
  }

  async run(year = new Date().getFullYear()): Promise<WarmupState> {
    const [feastDays, , bellsExercised] = await Promise.all([
      this.loadFeasts(year),
      this.syncMovement,
      this.exerciseHammers(),
    ]);
    return { feastDays, bellsExercised, startedAt: new Date().toISOString() };
  }

  pealFor(date: string): string | undefined {
    return this.feasts.find((f) => f.date === date)?.peal;
  }
}
