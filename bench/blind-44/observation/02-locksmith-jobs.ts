// expect: no-floating-promises
// The 'job' listener is an async function handed to EventEmitter, which ignores the returned promise, so a failed technician lookup or SMS becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export type JobKind = 'lockout' | 'rekey' | 'safe' | 'auto';

export interface CallOut {
  jobId: string;
  kind: JobKind;
  address: string;
  lat: number;
  lng: number;
  customerPhone: string;
  emergency: boolean;
}

export interface Technician {
  id: string;
  name: string;
  phone: string;
  skills: JobKind[];
  lat: number;
  lng: number;
}

declare const roster: {
  onShift(): Promise<Technician[]>;
  assign(jobId: string, techId: string): Promise<void>;
};
declare const sms: {
  send(to: string, body: string): Promise<{ messageId: string }>;
};

function distanceKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(bLat - aLat);
  const dLng = toRad(bLng - aLng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(aLat)) * Math.cos(toRad(bLat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function pickTechnician(job: CallOut, techs: Technician[]): Technician | undefined {
  return techs
    .filter((t) => t.skills.includes(job.kind))
    .map((t) => ({ t, km: distanceKm(job.lat, job.lng, t.lat, t.lng) }))
    .sort((a, b) => a.km - b.km)[0]?.t;
}

export class LocksmithDispatch extends EventEmitter {
  private readonly unassigned: CallOut[] = [];

  constructor() {
    super();
    this.on('job', async (job: CallOut) => {
      const techs = await roster.onShift();
      const tech = pickTechnician(job, techs);
      if (!tech) {
        this.unassigned.push(job);
        this.emit('unassigned', job);
        return;
      }
      await roster.assign(job.jobId, tech.id);
      await sms.send(tech.phone, `${job.emergency ? 'URGENT ' : ''}${job.kind} at ${job.address} (job ${job.jobId})`);
      await sms.send(job.customerPhone, `${tech.name} is on the way for job ${job.jobId}.`);
      this.emit('assigned', job, tech);
    });
  }

  intake(job: CallOut): void {
    if (job.emergency) {
      this.emit('job', job);
      return;
    }
    // Non-emergency jobs are batched and released at the quarter hour.
    this.unassigned.push(job);
  }

  releaseBatch(): number {
    const batch = this.unassigned.splice(0, this.unassigned.length);
    for (const job of batch) {
      this.emit('job', job);
    }
    return batch.length;
  }

  backlog(): ReadonlyArray<CallOut> {
    return this.unassigned;
  }
}
