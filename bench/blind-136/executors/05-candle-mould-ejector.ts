// expect: no-multiple-settle
// When the press reports an error code other than EWAXSOFT or EJAM the callback just returns, so the ejection promise never settles.
export interface EjectResult {
  mouldId: string;
  candles: number;
  surfaceDefects: number;
}

export interface PressError extends Error {
  code: string;
}

export interface MouldPress {
  coolingState(mouldId: string): { coreTempC: number; since: number };
  eject(
    mouldId: string,
    opts: { force: number; slow: boolean },
    cb: (err: PressError | null, result?: EjectResult) => void,
  ): void;
}

export class WaxNotSetError extends Error {
  constructor(
    readonly mouldId: string,
    readonly coreTempC: number,
    options?: { cause?: unknown },
  ) {
    super(`wax in mould ${mouldId} not set (core ${coreTempC.toFixed(1)}°C)`, options);
    this.name = 'WaxNotSetError';
  }
}

export class EjectionScheduler {
  private readonly ejected: EjectResult[] = [];

  constructor(
    private readonly press: MouldPress,
    private readonly maxCoreTempC = 32,
  ) {}

  ejectWhenSet(mouldId: string, force = 0.6): Promise<EjectResult> {
    const { coreTempC } = this.press.coolingState(mouldId);
    if (coreTempC > this.maxCoreTempC) {
      return Promise.reject(new WaxNotSetError(mouldId, coreTempC));
    }
    // Pillar moulds with tall cores need a slow, gentle push.
    const slow = mouldId.startsWith('pillar-');

    return new Promise<EjectResult>((resolve, reject) => {
      this.press.eject(mouldId, { force, slow }, (err, result) => {
        if (err) {
          if (err.code === 'EWAXSOFT') {
            reject(new WaxNotSetError(mouldId, coreTempC, { cause: err }));
          } else if (err.code === 'EJAM') {
            reject(new Error(`press jammed while ejecting ${mouldId}`, { cause: err }));
          }
          return;
        }
        if (!result) {
          reject(new Error(`press returned no result for ${mouldId}`));
          return;
        }
        this.ejected.push(result);
        resolve(result);
      });
    });
  }

  async ejectBatch(mouldIds: string[]): Promise<{ done: EjectResult[]; notSet: string[] }> {
    const done: EjectResult[] = [];
    const notSet: string[] = [];
    for (const id of mouldIds) {
      try {
        done.push(await this.ejectWhenSet(id));
      } catch (err) {
        if (err instanceof WaxNotSetError) {
          notSet.push(id);
          continue;
        }
        throw err;
      }
    }
    return { done, notSet };
  }

  defectRate(): number {
    const candles = this.ejected.reduce((n, r) => n + r.candles, 0);
    const defects = this.ejected.reduce((n, r) => n + r.surfaceDefects, 0);
    return candles === 0 ? 0 : defects / candles;
  }
}
