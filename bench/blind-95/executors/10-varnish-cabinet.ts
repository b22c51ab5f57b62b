// expect: no-multiple-settle
// The Promise executor is async and awaits the humidity profile before wiring any listener, so if the profile lookup throws the rejection is lost inside the executor and the curing promise never settles.
import { EventEmitter } from 'node:events';

export interface CuringProfile {
  name: string;
  targetHumidity: number;
  uvMinutes: number;
}

export interface ProfileStore {
  get(name: string): Promise<CuringProfile>;
}

export interface CabinetController extends EventEmitter {
  start(instrumentId: string, profile: CuringProfile): void;
  abort(instrumentId: string): void;
}

export interface CureReport {
  instrumentId: string;
  profile: string;
  minutes: number;
}

export class VarnishCabinet {
  private readonly active = new Set<string>();

  constructor(
    private readonly controller: CabinetController,
    private readonly profiles: ProfileStore,
  ) {}

  cure(instrumentId: string, profileName: string): Promise<CureReport> {
    if (this.active.has(instrumentId)) {
      return Promise.reject(new Error(`${instrumentId} is already in the cabinet`));
    }
    this.active.add(instrumentId);

    return new Promise<CureReport>(async (resolve, reject) => {
      const profile = await this.profiles.get(profileName);
      const startedAt = Date.now();

      const finish = () => {
        this.controller.off('cured', onCured);
        this.controller.off('fault', onFault);
        this.controller.off('error', onError);
        this.active.delete(instrumentId);
      };

      const onCured = (id: string) => {
        if (id !== instrumentId) return;
        finish();
        resolve({ instrumentId, profile: profile.name, minutes: Math.round((Date.now() - startedAt) / 60_000) });
      };

      const onFault = (id: string, reason: string) => {
        if (id !== instrumentId) return;
        finish();
        reject(new Error(`cabinet fault while curing ${instrumentId}: ${reason}`));
      };

      const onError = (err: Error) => {
        finish();
        reject(err);
      };

      this.controller.on('cured', onCured);
      this.controller.on('fault', onFault);
      this.controller.on('error', onError);
      this.controller.start(instrumentId, profile);
    });
  }
}

export async function finishViolin(cabinet: VarnishCabinet, id: string): Promise<string> {
  const first = await cabinet.cure(id, 'oil-varnish-coat');
  const second = await cabinet.cure(id, 'oil-varnish-coat');
  return `${id}: two coats cured in ${first.minutes + second.minutes} minutes`;
}
