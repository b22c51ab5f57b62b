// expect: no-multiple-settle
// The reply-window timer is never cleared when the ringer answers, so it still fires two days later and calls reject on the promise that was already resolved.
import { EventEmitter } from 'node:events';

export interface RingerReply {
  ringerId: string;
  bell: number;
  accepted: boolean;
}

export interface RotaChannel extends EventEmitter {
  invite(ringerId: string, bell: number, serviceAt: Date): void;
}

export interface ServicePlan {
  serviceAt: Date;
  band: Map<number, string>;
  unfilled: number[];
}

export class PealRota {
  constructor(
    private readonly channel: RotaChannel,
    private readonly replyWindowMs = 48 * 3600_000,
  ) {}

  requestRinger(ringerId: string, bell: number, serviceAt: Date): Promise<RingerReply> {
    return new Promise((resolve, reject) => {
      const onReply = (reply: RingerReply) => {
        if (reply.ringerId !== ringerId || reply.bell !== bell) return;
        this.channel.off('reply', onReply);
        resolve(reply);
      };
      setTimeout(() => {
        this.channel.off('reply', onReply);
        reject(new Error(`${ringerId} did not answer the call for bell ${bell}`));
      }, this.replyWindowMs);
      this.channel.on('reply', onReply);
      this.channel.invite(ringerId, bell, serviceAt);
    });
  }

  async fillService(serviceAt: Date, candidates: Map<number, string[]>): Promise<ServicePlan> {
    const band = new Map<number, string>();
    const unfilled: number[] = [];
    const taken = new Set<string>();

    for (const [bell, names] of [...candidates].sort(([a], [b]) => a - b)) {
      let filled = false;
      for (const ringerId of names) {
        if (taken.has(ringerId)) continue;
        try {
          const reply = await this.requestRinger(ringerId, bell, serviceAt);
          if (!reply.accepted) continue;
          band.set(bell, ringerId);
          taken.add(ringerId);
          filled = true;
          break;
        } catch {
          continue;
        }
      }
      if (!filled) unfilled.push(bell);
    }

    return { serviceAt, band, unfilled };
  }
}

export function describePlan(plan: ServicePlan): string {
  const lines = [...plan.band].map(([bell, ringer]) => `  bell ${bell}: ${ringer}`);
  if (plan.unfilled.length) lines.push(`  still needed: ${plan.unfilled.join(', ')}`);
  return `Service ${plan.serviceAt.toDateString()}\n${lines.join('\n')}`;
}
