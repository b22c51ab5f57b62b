// expect: none
// Every branch of the lookup callback either schedules another attempt that will itself settle, rejects, or resolves, so the promise always settles exactly once.
export interface RegistryError extends Error {
  transient?: boolean;
}

export interface PermitRecord {
  permit_no: string;
  outfitter: string;
  trail: string;
  valid_from: string;
  valid_to: string;
  max_llamas: number;
}

export interface ParkRegistry {
  lookup(permitNo: string, cb: (err: RegistryError | null, record?: PermitRecord | null) => void): void;
}

export interface TrekPermit {
  permitNo: string;
  outfitter: string;
  trail: string;
  validFrom: Date;
  validTo: Date;
  maxLlamas: number;
}

export class PermitNotFound extends Error {
  constructor(readonly permitNo: string) {
    super(`permit ${permitNo} is not on file with the park registry`);
    this.name = 'PermitNotFound';
  }
}

function toPermit(r: PermitRecord): TrekPermit {
  return {
    permitNo: r.permit_no,
    outfitter: r.outfitter,
    trail: r.trail,
    validFrom: new Date(r.valid_from),
    validTo: new Date(r.valid_to),
    maxLlamas: r.max_llamas,
  };
}

export class PermitChecker {
  constructor(private registry: ParkRegistry, private maxAttempts = 3, private backoffMs = 250) {}

  fetchPermit(permitNo: string): Promise<TrekPermit> {
    return new Promise((resolve, reject) => {
      const attempt = (n: number) => {
        this.registry.lookup(permitNo, (err, record) => {
          if (err) {
            if (err.transient && n < this.maxAttempts) {
              setTimeout(() => attempt(n + 1), this.backoffMs * n);
              return;
            }
            reject(err);
            return;
          }
          if (!record) {
            reject(new PermitNotFound(permitNo));
            return;
          }
          resolve(toPermit(record));
        });
      };
      attempt(1);
    });
  }

  async canDepart(permitNo: string, llamas: number, on: Date): Promise<{ ok: boolean; reason?: string }> {
    const permit = await this.fetchPermit(permitNo);
    if (on < permit.validFrom || on > permit.validTo) {
      return { ok: false, reason: `permit ${permitNo} not valid on ${on.toDateString()}` };
    }
    if (llamas > permit.maxLlamas) {
      return { ok: false, reason: `string of ${llamas} exceeds permit limit of ${permit.maxLlamas}` };
    }
    return { ok: true };
  }
}
