// expect: no-multiple-settle
// When the radar callback reports an error the executor rejects but does not return, so it settles a second time below.
import { EventEmitter } from 'node:events';

export interface RadarSample {
  droneId: string;
  lat: number;
  lon: number;
  iceThicknessM: number;
  surfaceElevationM: number;
  quality: number;
  takenAt: number;
}

interface RawEcho {
  bedReturnNs: number;
  surfaceReturnNs: number;
  gpsAltM: number;
  snr: number;
}

type EchoCallback = (err: Error | null, echo?: RawEcho) => void;

declare const radarBus: {
  requestEcho(droneId: string, gateNs: number, cb: EchoCallback): void;
};

declare const positionFeed: {
  current(droneId: string): { lat: number; lon: number };
};

const ICE_WAVE_SPEED_M_PER_NS = 0.1685;
const AIR_WAVE_SPEED_M_PER_NS = 0.2998;
const MIN_SNR = 6;

export class SweepRecorder extends EventEmitter {
  private readonly samples: RadarSample[] = [];

  constructor(
    private readonly droneId: string,
    private readonly gateNs = 12_000,
  ) {
    super();
  }

  private toSample(echo: RawEcho): RadarSample {
    const airGapM = (echo.surfaceReturnNs * AIR_WAVE_SPEED_M_PER_NS) / 2;
    const iceTwoWayNs = echo.bedReturnNs - echo.surfaceReturnNs;
    const { lat, lon } = positionFeed.current(this.droneId);
    return {
      droneId: this.droneId,
      lat,
      lon,
      iceThicknessM: (iceTwoWayNs * ICE_WAVE_SPEED_M_PER_NS) / 2,
      surfaceElevationM: echo.gpsAltM - airGapM,
      quality: Math.min(1, echo.snr / 30),
      takenAt: Date.now(),
    };
  }

  readEcho(): Promise<RadarSample> {
    return new Promise((resolve, reject) => {
      radarBus.requestEcho(this.droneId, this.gateNs, (err, echo) => {
        if (err) {
          this.emit('fault', err);
          reject(err);
        }
        const safeEcho: RawEcho = echo ?? { bedReturnNs: 0, surfaceReturnNs: 0, gpsAltM: 0, snr: 0 };
        if (safeEcho.snr < MIN_SNR) {
          reject(new Error(`echo SNR ${safeEcho.snr} below ${MIN_SNR} for ${this.droneId}`));
          return;
        }
        resolve(this.toSample(safeEcho));
      });
    });
  }

  async sweep(points: number, maxFailures = 3): Promise<RadarSample[]> {
    let failures = 0;
    while (this.samples.length < points) {
      try {
        const sample = await this.readEcho();
        this.samples.push(sample);
        this.emit('sample', sample);
      } catch (err) {
        failures += 1;
        if (failures > maxFailures) {
          throw new Error(`sweep aborted after ${failures} failed echoes`, { cause: err });
        }
      }
    }
    return [...this.samples];
  }

  meanThickness(): number {
    if (this.samples.length === 0) return 0;
    const weighted = this.samples.reduce((acc, s) => acc + s.iceThicknessM * s.quality, 0);
    const weights = this.samples.reduce((acc, s) => acc + s.quality, 0);
    return weights === 0 ? 0 : weighted / weights;
  }
}
