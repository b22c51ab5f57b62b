// expect: none
// The shared connection promise is a deliberate one-time initialisation that every caller awaits; it is cleared on failure so the next call starts a fresh attempt.
export interface GondolaState {
  gondola: number;
  riders: number;
  doorLocked: boolean;
  swayDeg: number;
  tempC: number;
}

export interface WheelManifest {
  wheelId: string;
  gondolas: number;
  maxRidersPerGondola: number;
  maxSwayDeg: number;
}

interface TelemetryConnection {
  readAll(): Promise<GondolaState[]>;
  subscribe(gondola: number, fn: (state: GondolaState) => void): () => void;
}

declare function connectTelemetry(host: string): Promise<TelemetryConnection>;

declare const opsApi: {
  manifest(wheelId: string): Promise<WheelManifest>;
  shiftSchedule(wheelId: string): Promise<{ operator: string; until: Date }>;
};

export interface RideCheck {
  ok: boolean;
  operator: string;
  issues: string[];
}

export class GondolaMonitor {
  private connecting: Promise<TelemetryConnection> | undefined;

  constructor(
    private readonly wheelId: string,
    private readonly host: string,
  ) {}

  private connection(): Promise<TelemetryConnection> {
    this.connecting ??= connectTelemetry(this.host).catch((err: unknown) => {
      this.connecting = undefined;
      throw err;
    });
    return this.connecting;
  }

  async preRideCheck(): Promise<RideCheck> {
    const [manifest, shift] = await Promise.all([opsApi.manifest(this.wheelId), opsApi.shiftSchedule(this.wheelId)]);
    const conn = await this.connection();
    const states = await conn.readAll();

    const issues: string[] = [];
    if (states.length !== manifest.gondolas) {
      issues.push(`expected ${manifest.gondolas} gondolas, telemetry reports ${states.length}`);
    }
    for (const s of states) {
      if (!s.doorLocked && s.riders > 0) issues.push(`gondola ${s.gondola}: door unlocked with riders aboard`);
      if (s.riders > manifest.maxRidersPerGondola) issues.push(`gondola ${s.gondola}: ${s.riders} riders over limit`);
      if (Math.abs(s.swayDeg) > manifest.maxSwayDeg) issues.push(`gondola ${s.gondola}: sway ${s.swayDeg.toFixed(1)} deg`);
    }
    if (shift.until.getTime() < Date.now() + 15 * 60_000) {
      issues.push(`operator ${shift.operator} shift ends within 15 minutes`);
    }
    return { ok: issues.length === 0, operator: shift.operator, issues };
  }

  async watchGondola(gondola: number, onAlarm: (msg: string) => void, maxSwayDeg = 12): Promise<() => void> {
    const conn = await this.connection();
    return conn.subscribe(gondola, (state) => {
      if (Math.abs(state.swayDeg) > maxSwayDeg) onAlarm(`gondola ${gondola} swaying ${state.swayDeg.toFixed(1)} deg`);
      if (!state.doorLocked && state.riders > 0) onAlarm(`gondola ${gondola} door opened in motion`);
    });
  }

  async occupancy(): Promise<number> {
    const conn = await this.connection();
    const states = await conn.readAll();
    return states.reduce((sum, s) => sum + s.riders, 0);
  }
}
