// expect: no-floating-promises
// forEach with an async callback drops every per-device send promise, so 'config-pushed' fires before sends finish and send failures are unhandled.
import { EventEmitter } from 'node:events';

export interface DeviceInfo {
  id: string;
  firmware: string;
  lastSeen: number;
  online: boolean;
}

export interface GatewayConfig {
  revision: number;
  sampleIntervalMs: number;
  reportEndpoint: string;
  thresholds: Record<string, number>;
}

interface Transport {
  send(deviceId: string, topic: string, payload: Uint8Array): Promise<void>;
  request<T>(deviceId: string, topic: string, timeoutMs: number): Promise<T>;
}

const encoder = new TextEncoder();

function encodeConfig(cfg: GatewayConfig, firmware: string): Uint8Array {
  // Older firmware can't parse thresholds, strip them.
  const legacy = firmware.startsWith('1.');
  const body = legacy ? { ...cfg, thresholds: undefined } : cfg;
  return encoder.encode(JSON.stringify(body));
}

export class ConfigDistributor extends EventEmitter {
  private readonly applied = new Map<string, number>();

  constructor(
    private readonly transport: Transport,
    private readonly staleAfterMs = 5 * 60_000,
  ) {
    super();
  }

  appliedRevision(deviceId: string): number | undefined {
    return this.applied.get(deviceId);
  }

  private eligible(devices: DeviceInfo[], revision: number): DeviceInfo[] {
    const now = Date.now();
    return devices.filter((d) => d.online && now - d.lastSeen < this.staleAfterMs && (this.applied.get(d.id) ?? -1) < revision);
  }

  pushConfig(devices: DeviceInfo[], cfg: GatewayConfig): number {
    const targets = this.eligible(devices, cfg.revision);

    targets.forEach(async (device) => {
      const payload = encodeConfig(cfg, device.firmware);
      await this.transport.send(device.id, 'config/set', payload);
      const ack = await this.transport.request<{ revision: number }>(device.id, 'config/ack', 10_000);
      this.applied.set(device.id, ack.revision);
    });

    this.emit('config-pushed', { revision: cfg.revision, devices: targets.map((d) => d.id) });
    return targets.length;
  }

  async probe(deviceId: string): Promise<boolean> {
    try {
      await this.transport.request<{ ok: boolean }>(deviceId, 'health', 3_000);
      return true;
    } catch {
      return false;
    }
  }
}
