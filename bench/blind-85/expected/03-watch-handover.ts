// expect: none
// The async methods passed uncalled go where a function is expected (the checks list, the retry factory, setInterval with a bound field); where a promise is needed they are called, as in Promise.all(this.checks.map((check) => check.call(this))).
export interface WatchCheck {
  name: string;
  ok: boolean;
  detail: string;
}

declare const lampRoom: {
  lampHours(): Promise<number>;
  lensClean(): Promise<boolean>;
  rotationRpm(): Promise<number>;
};
declare const engineRoom: {
  fuelLitres(): Promise<number>;
  generatorRunning(): Promise<boolean>;
};
declare const logbook: {
  append(entry: { keeper: string; text: string; at: Date }): Promise<void>;
};

type Check = () => Promise<WatchCheck>;

async function attempt<T>(factory: () => Promise<T>, tries = 3): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await factory();
    } catch (err) {
      last = err;
    }
  }
  throw last;
}

export class WatchHandover {
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private lastBeat = 0;

  readonly checks: Check[] = [this.checkLamp, this.checkLens, this.checkFuel];

  constructor(private readonly keeper: string) {}

  async checkLamp(): Promise<WatchCheck> {
    const rpm = await lampRoom.rotationRpm();
    const hours = await lampRoom.lampHours();
    return { name: 'lamp', ok: rpm > 0 && hours < 2_000, detail: `${rpm} rpm, ${hours} h on bulb` };
  }

  async checkLens(): Promise<WatchCheck> {
    const clean = await lampRoom.lensClean();
    return { name: 'lens', ok: clean, detail: clean ? 'clean' : 'salt film, polish before dusk' };
  }

  async checkFuel(): Promise<WatchCheck> {
    const [litres, running] = await Promise.all([engineRoom.fuelLitres(), engineRoom.generatorRunning()]);
    return { name: 'fuel', ok: litres > 400, detail: `${litres} L, generator ${running ? 'on' : 'off'}` };
  }

  private readonly beat = (): void => {
    this.lastBeat = Date.now();
  };

  startWatch(): void {
    this.heartbeat ??= setInterval(this.beat, 30_000);
  }

  stopWatch(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  async handOver(nextKeeper: string): Promise<WatchCheck[]> {
    const results = await Promise.all(this.checks.map((check) => check.call(this)));
    const failing = results.filter((r) => !r.ok);
    const text =
      `Watch handed from ${this.keeper} to ${nextKeeper}. ` +
      (failing.length ? `Attention: ${failing.map((f) => `${f.name} (${f.detail})`).join('; ')}` : 'All checks fine.');
    await attempt(() => logbook.append({ keeper: this.keeper, text, at: new Date() }));
    this.stopWatch();
    return results;
  }
}
