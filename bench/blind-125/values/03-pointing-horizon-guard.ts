// expect: no-read-before-settle
// canTrack kicks off the position query and assigns this.lastPosition inside .then, but reads this.lastPosition on the very next line, before the query has answered.
export interface MountQueryClient {
  query(command: 'POS' | 'RATE' | 'LIMITS'): Promise<string>;
}

export interface AltAz {
  azDeg: number;
  elDeg: number;
  at: number;
}

export interface HorizonMask {
  /** Minimum elevation in degrees for each 10° azimuth bin, 36 entries. */
  minElByAz: number[];
}

function parsePosition(reply: string): AltAz {
  // Reply format: "POS az=123.4567 el=45.6789"
  const az = /az=(-?\d+(?:\.\d+)?)/.exec(reply);
  const el = /el=(-?\d+(?:\.\d+)?)/.exec(reply);
  if (!az || !el) throw new Error(`unparseable mount reply: ${reply}`);
  return { azDeg: Number(az[1]), elDeg: Number(el[1]), at: Date.now() };
}

export class HorizonGuard {
  private lastPosition: AltAz = { azDeg: 0, elDeg: 90, at: 0 };

  constructor(
    private readonly mount: MountQueryClient,
    private readonly mask: HorizonMask,
    private readonly marginDeg = 2,
  ) {}

  private minElevationAt(azDeg: number): number {
    const bin = Math.floor((((azDeg % 360) + 360) % 360) / 10);
    return this.mask.minElByAz[bin] ?? 0;
  }

  /** Predicts whether a source moving at the given rate stays above the mask for the next minutes. */
  canTrack(elRateDegPerMin: number, minutes: number): boolean {
    this.mount
      .query('POS')
      .then((reply) => {
        this.lastPosition = parsePosition(reply);
      })
      .catch(() => {
        // Keep the previous fix if the mount controller is slow to answer.
      });

    const pos = this.lastPosition;
    const predictedEl = pos.elDeg + elRateDegPerMin * minutes;
    return predictedEl >= this.minElevationAt(pos.azDeg) + this.marginDeg;
  }

  async currentPosition(): Promise<AltAz> {
    this.lastPosition = parsePosition(await this.mount.query('POS'));
    return this.lastPosition;
  }

  positionAgeMs(now = Date.now()): number {
    return now - this.lastPosition.at;
  }
}
