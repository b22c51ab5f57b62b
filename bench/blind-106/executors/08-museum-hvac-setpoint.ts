// expect: none
// applySetpoint funnels ack, error, close, timeout and a synchronous send failure through cleanup(), which clears the timer and removes every listener before the single resolve or reject, so nothing can settle it a second time.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export interface SetpointCommand {
  type: 'setpoint';
  requestId: string;
  zone: string;
  temperatureC: number;
  relativeHumidity: number;
}

export interface Ack {
  requestId: string;
  accepted: boolean;
  reason?: string;
}

export interface HvacLink extends EventEmitter {
  send(cmd: SetpointCommand): void;
}

export function applySetpoint(
  link: HvacLink,
  zone: string,
  target: { temperatureC: number; relativeHumidity: number },
  timeoutMs = 5_000,
): Promise<Ack> {
  return new Promise<Ack>((resolve, reject) => {
    const requestId = randomUUID();
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`zone ${zone}: controller did not acknowledge within ${timeoutMs}ms`));
    }, timeoutMs);

    const onAck = (ack: Ack) => {
      if (ack.requestId !== requestId) return;
      cleanup();
      if (!ack.accepted) {
        reject(new Error(`zone ${zone}: setpoint refused (${ack.reason ?? 'no reason'})`));
        return;
      }
      resolve(ack);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error(`zone ${zone}: HVAC link closed before acknowledging`));
    };
    function cleanup() {
      clearTimeout(timer);
      link.off('ack', onAck);
      link.off('error', onError);
      link.off('close', onClose);
    }

    link.on('ack', onAck);
    link.once('error', onError);
    link.once('close', onClose);
    try {
      link.send({ type: 'setpoint', requestId, zone, ...target });
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

/** Move a gallery slowly towards its target so panel paintings are not shocked. */
export async function rampZone(
  link: HvacLink,
  zone: string,
  from: { temperatureC: number; relativeHumidity: number },
  to: { temperatureC: number; relativeHumidity: number },
  steps = 4,
): Promise<number> {
  let applied = 0;
  for (let i = 1; i <= steps; i++) {
    const f = i / steps;
    await applySetpoint(link, zone, {
      temperatureC: from.temperatureC + (to.temperatureC - from.temperatureC) * f,
      relativeHumidity: from.relativeHumidity + (to.relativeHumidity - from.relativeHumidity) * f,
    });
    applied += 1;
  }
  return applied;
}
