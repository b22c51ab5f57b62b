// expect: none
// The handler table stores bound methods on purpose and dispatch() calls the looked-up handler; ensureConnected() is always invoked, never awaited bare.
export type HoleId = `hole-${number}`;

export interface WindmillState {
  hole: HoleId;
  rpm: number;
  bladeAngleDeg: number;
  jammed: boolean;
}

type Command =
  | { kind: 'spin'; hole: HoleId; rpm: number }
  | { kind: 'park'; hole: HoleId; angleDeg: number }
  | { kind: 'status'; hole: HoleId };

type Handler = (cmd: Command) => Promise<WindmillState>;

interface MotorBus {
  write(hole: HoleId, register: string, value: number): Promise<void>;
  read(hole: HoleId): Promise<WindmillState>;
  close(): Promise<void>;
}

declare function openMotorBus(port: string): Promise<MotorBus>;

declare const courseLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_RPM = 18;

export class WindmillController {
  private bus?: Promise<MotorBus>;
  private readonly handlers: Record<Command['kind'], Handler>;

  constructor(private readonly port: string) {
    this.handlers = {
      spin: this.spin.bind(this),
      park: this.park.bind(this),
      status: this.status.bind(this),
    };
  }

  private ensureConnected(): Promise<MotorBus> {
    this.bus ??= openMotorBus(this.port).catch((err: unknown) => {
      this.bus = undefined;
      throw err;
    });
    return this.bus;
  }

  private async spin(cmd: Command): Promise<WindmillState> {
    if (cmd.kind !== 'spin') throw new TypeError('spin handler got ' + cmd.kind);
    const bus = await this.ensureConnected();
    const rpm = Math.max(0, Math.min(MAX_RPM, cmd.rpm));
    await bus.write(cmd.hole, 'rpm', rpm);
    return bus.read(cmd.hole);
  }

  private async park(cmd: Command): Promise<WindmillState> {
    if (cmd.kind !== 'park') throw new TypeError('park handler got ' + cmd.kind);
    const bus = await this.ensureConnected();
    await bus.write(cmd.hole, 'rpm', 0);
    await bus.write(cmd.hole, 'angle', ((cmd.angleDeg % 360) + 360) % 360);
    return bus.read(cmd.hole);
  }

  private async status(cmd: Command): Promise<WindmillState> {
    const bus = await this.ensureConnected();
    return bus.read(cmd.hole);
  }

  async dispatch(cmd: Command): Promise<WindmillState> {
    const handler = this.handlers[cmd.kind];
    const state = await handler(cmd);
    if (state.jammed) {
      courseLog.warn('windmill jammed', { hole: state.hole, rpm: state.rpm });
    }
    return state;
  }

  async closeForNight(holes: HoleId[]): Promise<WindmillState[]> {
    const parked: WindmillState[] = [];
    for (const hole of holes) {
      parked.push(await this.dispatch({ kind: 'park', hole, angleDeg: 45 }));
    }
    if (this.bus) {
      const bus = await this.ensureConnected();
      await bus.close();
      this.bus = undefined;
    }
    return parked;
  }
}
