// expect: none
// Correct: forecast promises are cached deliberately to share in-flight requests, and every one is awaited before its value is used.
interface BlockForecast {
  blockId: string;
  minTempC: number;
  inversionStrengthC: number;
  issuedAt: Date;
}

interface FanCommand {
  fanId: string;
  action: 'start' | 'stop';
  reason: string;
}

declare function fetchForecast(blockId: string, signal: AbortSignal): Promise<BlockForecast>;
declare const fanBus: {
  send(cmd: FanCommand): Promise<{ ack: boolean }>;
};

const START_BELOW_C = 0.5;
const MIN_INVERSION_C = 2;

export class FrostFanDispatcher {
  private readonly inflight = new Map<string, Promise<BlockForecast>>();
  private readonly controller = new AbortController();

  constructor(private readonly fansByBlock: Record<string, string[]>) {}

  private forecastFor(blockId: string): Promise<BlockForecast> {
    const pending = this.inflight.get(blockId) ?? fetchForecast(blockId, this.controller.signal);
    if (!this.inflight.has(blockId)) {
      this.inflight.set(blockId, pending);
      pending.finally(() => this.inflight.delete(blockId)).catch(() => undefined);
    }
    return pending;
  }

  async evaluate(blockId: string): Promise<FanCommand[]> {
    const forecast = await this.forecastFor(blockId);
    const shouldRun = forecast.minTempC <= START_BELOW_C && forecast.inversionStrengthC >= MIN_INVERSION_C;
    const reason = `min ${forecast.minTempC}°C, inversion ${forecast.inversionStrengthC}°C`;
    return (this.fansByBlock[blockId] ?? []).map((fanId) => ({
      fanId,
      action: shouldRun ? 'start' : 'stop',
      reason,
    }));
  }

  async dispatchAll(): Promise<{ sent: number; unacked: string[] }> {
    const blocks = Object.keys(this.fansByBlock);
    const plans = await Promise.all(blocks.map((b) => this.evaluate(b)));
    const commands = plans.flat();

    const acks = commands.map((cmd) => fanBus.send(cmd));
    const settled = await Promise.allSettled(acks);

    const unacked = settled.flatMap((r, i) => (r.status === 'fulfilled' && r.value.ack ? [] : [commands[i].fanId]));
    return { sent: commands.length, unacked };
  }

  shutdown(): void {
    this.controller.abort();
  }
}
