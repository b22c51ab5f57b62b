// expect: none
// The connected flag and session id are assigned inside the connect chain and only read by code that first awaits that same chain, so they are never read before the callback has run.
export interface NacelleSession {
  id: string;
  firmware: string;
  close(): Promise<void>;
  send(register: number, value: number): Promise<void>;
  read(register: number): Promise<number>;
}

export interface NacelleTransport {
  open(turbineId: string): Promise<NacelleSession>;
}

const REG_YAW_TARGET = 0x2010;
const REG_ROTOR_RPM = 0x3001;
const REG_GENERATOR_KW = 0x3004;

export class TurbineController {
  private session: NacelleSession | null = null;
  private connected = false;
  private readonly ready: Promise<void>;

  constructor(
    private readonly transport: NacelleTransport,
    readonly turbineId: string,
  ) {
    this.ready = this.transport.open(turbineId).then((session) => {
      this.session = session;
      this.connected = true;
    });
    // a failed connect is reported to whoever calls a command; avoid an unhandled rejection before then
    this.ready.catch(() => undefined);
  }

  private async live(): Promise<NacelleSession> {
    await this.ready;
    if (!this.connected || !this.session) {
      throw new Error(`turbine ${this.turbineId} is not connected`);
    }
    return this.session;
  }

  async firmware(): Promise<string> {
    const session = await this.live();
    return session.firmware;
  }

  async yawTo(headingDeg: number): Promise<void> {
    const session = await this.live();
    // tidal units only yaw between the flood and ebb headings
    await session.send(REG_YAW_TARGET, Math.round(((headingDeg % 360) + 360) % 360));
  }

  async snapshot(): Promise<{ turbineId: string; rotorRpm: number; generatorKw: number }> {
    const session = await this.live();
    const rotorRpm = await session.read(REG_ROTOR_RPM);
    const generatorKw = await session.read(REG_GENERATOR_KW);
    return { turbineId: this.turbineId, rotorRpm, generatorKw };
  }

  async disconnect(): Promise<void> {
    await this.ready.catch(() => undefined);
    if (!this.session) return;
    const session = this.session;
    this.session = null;
    this.connected = false;
    await session.close();
  }
}
