// expect: none
// The `??=` and truthiness checks test whether a promise is stored (Promise | undefined) and never stand in for its resolved value; every value is awaited before use.
export interface PassPrediction {
  satellite: string;
  aosUtc: number;
  losUtc: number;
  maxElevationDeg: number;
  startAzimuthDeg: number;
}

export interface AntennaPosition {
  azimuthDeg: number;
  elevationDeg: number;
}

interface AcuLink {
  slewTo(position: AntennaPosition): Promise<AntennaPosition>;
  readPosition(): Promise<AntennaPosition>;
  enableProgramTrack(tleLine1: string, tleLine2: string): Promise<void>;
  close(): void;
}

declare function openAcuLink(host: string): Promise<AcuLink>;

declare const tleStore: {
  latest(satellite: string): Promise<[string, string]>;
};

const PARK_POSITION: AntennaPosition = { azimuthDeg: 180, elevationDeg: 90 };
const POINTING_TOLERANCE_DEG = 0.15;

export class AntennaController {
  private link?: Promise<AcuLink>;
  private pendingSlew?: Promise<AntennaPosition>;

  constructor(private readonly acuHost: string) {}

  private connection(): Promise<AcuLink> {
    this.link ??= openAcuLink(this.acuHost).catch((err: unknown) => {
      // Forget the failed attempt so the next call reconnects instead of re-failing.
      this.link = undefined;
      throw err;
    });
    return this.link;
  }

  async slew(position: AntennaPosition): Promise<AntennaPosition> {
    if (this.pendingSlew) {
      // The ACU rejects overlapping commands; let the current slew finish first.
      await this.pendingSlew.catch(() => undefined);
    }
    const acu = await this.connection();
    const slew = acu.slewTo(position);
    this.pendingSlew = slew;
    try {
      const reached = await slew;
      const error = Math.hypot(
        reached.azimuthDeg - position.azimuthDeg,
        reached.elevationDeg - position.elevationDeg,
      );
      if (error > POINTING_TOLERANCE_DEG) {
        throw new Error(`antenna settled ${error.toFixed(2)}° from commanded position`);
      }
      return reached;
    } finally {
      if (this.pendingSlew === slew) this.pendingSlew = undefined;
    }
  }

  async prepareForPass(pass: PassPrediction, now = Date.now()): Promise<void> {
    if (pass.maxElevationDeg < 10) {
      throw new Error(`${pass.satellite} pass peaks at ${pass.maxElevationDeg}°; below mask`);
    }
    if (pass.aosUtc - now < 60_000) {
      throw new Error(`not enough time to pre-position for ${pass.satellite}`);
    }

    const [tle1, tle2] = await tleStore.latest(pass.satellite);
    await this.slew({ azimuthDeg: pass.startAzimuthDeg, elevationDeg: 0 });
    const acu = await this.connection();
    await acu.enableProgramTrack(tle1, tle2);
  }

  async park(): Promise<AntennaPosition> {
    return this.slew(PARK_POSITION);
  }

  async disconnect(): Promise<void> {
    const link = this.link;
    this.link = undefined;
    if (link) {
      const acu = await link;
      acu.close();
    }
  }
}
