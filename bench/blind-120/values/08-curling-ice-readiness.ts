// expect: none
// Each async check is awaited before it is used in a condition, compared with ===, or put into the status object, so decisions are made on real values.
export interface IceConditions {
  sheet: string;
  surfaceTempC: number;
  airTempC: number;
  dewPointC: number;
  pebbleAgeMin: number;
}

export interface RinkSensors {
  conditions(sheet: string): Promise<IceConditions>;
  isZamboniParked(): Promise<boolean>;
  brineSetpointC(): Promise<number>;
}

export interface DisplayBoard {
  show(sheet: string, status: { ready: boolean; reason: string; surfaceTempC: number }): Promise<void>;
}

const MAX_PEBBLE_AGE_MIN = 45;

export class IceReadiness {
  constructor(
    private readonly sensors: RinkSensors,
    private readonly board: DisplayBoard,
  ) {}

  async isSheetReady(sheet: string): Promise<{ ready: boolean; reason: string; surfaceTempC: number }> {
    const c = await this.sensors.conditions(sheet);
    if (c.surfaceTempC > -4) return { ready: false, reason: 'ice too warm', surfaceTempC: c.surfaceTempC };
    if (c.surfaceTempC <= c.dewPointC) return { ready: false, reason: 'frost risk', surfaceTempC: c.surfaceTempC };
    if (c.pebbleAgeMin > MAX_PEBBLE_AGE_MIN) return { ready: false, reason: 'pebble worn', surfaceTempC: c.surfaceTempC };
    return { ready: true, reason: 'ok', surfaceTempC: c.surfaceTempC };
  }

  async openSheet(sheet: string): Promise<boolean> {
    if (!(await this.sensors.isZamboniParked())) {
      await this.board.show(sheet, { ready: false, reason: 'ice machine on the ice', surfaceTempC: Number.NaN });
      return false;
    }
    const status = await this.isSheetReady(sheet);
    await this.board.show(sheet, status);
    return status.ready;
  }

  async brineMatches(expectedC: number): Promise<boolean> {
    const setpoint = await this.sensors.brineSetpointC();
    return setpoint === expectedC;
  }

  async openAll(sheets: string[]): Promise<string[]> {
    const opened: string[] = [];
    for (const sheet of sheets) {
      if (await this.openSheet(sheet)) opened.push(sheet);
    }
    return opened;
  }
}
