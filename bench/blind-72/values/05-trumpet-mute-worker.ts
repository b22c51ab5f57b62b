// expect: no-read-before-settle
// analyse() posts the job and immediately returns this.lastProfile, which is only written by the worker's 'message' handler later, so callers get the previous mute's profile (or undefined).
import { Worker } from 'node:worker_threads';

export interface MuteSample {
  sku: string;
  kind: 'straight' | 'cup' | 'harmon' | 'plunger';
  sampleRate: number;
  pcm: Float32Array;
}

export interface AcousticProfile {
  sku: string;
  attenuationDb: number;
  peakHz: number;
  cutoffHz: number;
  pitchShiftCents: number;
}

interface WorkerReply {
  type: 'profile';
  profile: AcousticProfile;
}

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ sku, sampleRate, pcm }) => {
  let energy = 0;
  for (let i = 0; i < pcm.length; i++) energy += pcm[i] * pcm[i];
  const rms = Math.sqrt(energy / Math.max(1, pcm.length));
  const attenuationDb = -20 * Math.log10(Math.max(rms, 1e-6));
  parentPort.postMessage({
    type: 'profile',
    profile: { sku, attenuationDb, peakHz: sampleRate / 32, cutoffHz: sampleRate / 8, pitchShiftCents: 0 },
  });
});
`;

export class MuteAnalyser {
  private readonly worker: Worker;
  private lastProfile: AcousticProfile | undefined;
  private readonly history = new Map<string, AcousticProfile>();

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true });
    this.worker.on('message', (reply: WorkerReply) => {
      if (reply.type !== 'profile') return;
      this.lastProfile = reply.profile;
      this.history.set(reply.profile.sku, reply.profile);
    });
    this.worker.on('error', (err) => {
      this.lastProfile = undefined;
      console.error('mute analyser worker failed', err);
    });
  }

  analyse(sample: MuteSample): AcousticProfile | undefined {
    if (sample.pcm.length < sample.sampleRate / 10) {
      throw new Error(`sample for ${sample.sku} is shorter than 100ms`);
    }
    const copy = new Float32Array(sample.pcm);
    this.worker.postMessage({ sku: sample.sku, sampleRate: sample.sampleRate, pcm: copy }, [copy.buffer]);
    const profile = this.lastProfile;
    if (profile && profile.attenuationDb > 40) {
      console.warn(`mute ${sample.sku} attenuates ${profile.attenuationDb.toFixed(1)} dB; check for a blocked cork`);
    }
    return profile;
  }

  previous(sku: string): AcousticProfile | undefined {
    return this.history.get(sku);
  }

  compare(a: string, b: string): number | undefined {
    const pa = this.history.get(a);
    const pb = this.history.get(b);
    if (!pa || !pb) return undefined;
    return +(pa.attenuationDb - pb.attenuationDb).toFixed(2);
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
