// expect: none
// The deferred is settled through a single finish() guard that detaches every listener and clears the deadline, and all of complete/error/close/deadline are covered.
import { EventEmitter } from 'node:events';

export interface CorrelatorRequest {
  observationId: string;
  antennas: string[];
  integrationSeconds: number;
  channelCount: number;
}

export interface Visibilities {
  observationId: string;
  baselines: number;
  channels: number;
  storagePath: string;
}

interface CorrelatorSession extends EventEmitter {
  submit(request: CorrelatorRequest): void;
  cancel(observationId: string): void;
}

declare function openCorrelatorSession(host: string): CorrelatorSession;

declare const arrayLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

export class CorrelatorJob {
  private settled = false;
  private readonly deferred = Promise.withResolvers<Visibilities>();
  private deadline?: NodeJS.Timeout;

  constructor(private readonly session: CorrelatorSession, private readonly request: CorrelatorRequest) {}

  static baselineCount(antennas: number): number {
    return (antennas * (antennas - 1)) / 2;
  }

  run(maxWallClockMs: number): Promise<Visibilities> {
    this.session.on('complete', this.onComplete);
    this.session.on('error', this.onError);
    this.session.on('close', this.onClose);
    this.deadline = setTimeout(() => {
      this.session.cancel(this.request.observationId);
      this.finish(new Error(`correlation of ${this.request.observationId} exceeded ${maxWallClockMs}ms`));
    }, maxWallClockMs);

    this.session.submit(this.request);
    arrayLog.info('correlation submitted', {
      observationId: this.request.observationId,
      baselines: CorrelatorJob.baselineCount(this.request.antennas.length),
    });
    return this.deferred.promise;
  }

  private readonly onComplete = (result: { observationId: string; path: string }): void => {
    if (result.observationId !== this.request.observationId) return;
    this.finish(undefined, {
      observationId: result.observationId,
      baselines: CorrelatorJob.baselineCount(this.request.antennas.length),
      channels: this.request.channelCount,
      storagePath: result.path,
    });
  };

  private readonly onError = (err: Error): void => {
    arrayLog.error('correlator error', { observationId: this.request.observationId, message: err.message });
    this.finish(err);
  };

  private readonly onClose = (): void => {
    this.finish(new Error('correlator session closed before the job completed'));
  };

  private finish(err?: Error, value?: Visibilities): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.deadline);
    this.session.off('complete', this.onComplete);
    this.session.off('error', this.onError);
    this.session.off('close', this.onClose);
    if (err || !value) {
      this.deferred.reject(err ?? new Error('correlator finished without a result'));
    } else {
      this.deferred.resolve(value);
    }
  }
}

export async function correlate(host: string, request: CorrelatorRequest, maxWallClockMs = 600_000): Promise<Visibilities> {
  if (request.antennas.length < 2) {
    throw new RangeError('at least two antennas are required to form a baseline');
  }
  const job = new CorrelatorJob(openCorrelatorSession(host), request);
  return job.run(maxWallClockMs);
}
