// expect: none
// Executor listens for release, fault and link-down plus a timeout; one cleanup clears the timer and removes every listener before the single settle.
import { EventEmitter } from 'node:events';

export interface WinchTelemetry {
  winchId: string;
  loadKg: number;
  positionMm: number;
  brakeEngaged: boolean;
}

export interface WinchFault {
  code: string;
  message: string;
}

declare const rigBus: {
  send(winchId: string, command: 'RELEASE_BRAKE' | 'ENGAGE_BRAKE' | 'MOVE' | 'STOP', payload?: Record<string, unknown>): void;
};

declare const showLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class WinchFaultError extends Error {
  constructor(readonly winchId: string, readonly fault: WinchFault) {
    super(`Winch ${winchId} fault ${fault.code}: ${fault.message}`);
    this.name = 'WinchFaultError';
  }
}

export class WinchChannel extends EventEmitter {
  private lastTelemetry: WinchTelemetry | undefined;

  constructor(readonly winchId: string, readonly maxLoadKg: number) {
    super();
  }

  ingest(frame: { type: string; body: unknown }): void {
    switch (frame.type) {
      case 'telemetry':
        this.lastTelemetry = frame.body as WinchTelemetry;
        this.emit('telemetry', this.lastTelemetry);
        break;
      case 'brake':
        if ((frame.body as { engaged: boolean }).engaged === false) {
          this.emit('brakeReleased');
        }
        break;
      case 'fault':
        this.emit('fault', frame.body as WinchFault);
        break;
      case 'link-down':
        this.emit('disconnect');
        break;
      default:
        showLog.warn('unknown winch frame', { winchId: this.winchId, type: frame.type });
    }
  }

  releaseBrake(timeoutMs = 4000): Promise<void> {
    if (this.lastTelemetry && this.lastTelemetry.loadKg > this.maxLoadKg) {
      return Promise.reject(new Error(`Winch ${this.winchId} overloaded; refusing to release brake`));
    }

    return new Promise<void>((resolve, reject) => {
      const onReleased = () => {
        cleanup();
        showLog.info('brake released', { winchId: this.winchId });
        resolve();
      };
      const onFault = (fault: WinchFault) => {
        cleanup();
        reject(new WinchFaultError(this.winchId, fault));
      };
      const onDisconnect = () => {
        cleanup();
        reject(new Error(`Winch ${this.winchId} link lost while releasing brake`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Winch ${this.winchId} brake release timed out after ${timeoutMs}ms`));
      }, timeoutMs);

      const cleanup = () => {
        clearTimeout(timer);
        this.off('brakeReleased', onReleased);
        this.off('fault', onFault);
        this.off('disconnect', onDisconnect);
      };

      this.on('brakeReleased', onReleased);
      this.on('fault', onFault);
      this.on('disconnect', onDisconnect);

      try {
        rigBus.send(this.winchId, 'RELEASE_BRAKE');
      } catch (err) {
        cleanup();
        reject(err);
      }
    });
  }
}

export async function flyToTrim(channel: WinchChannel, trimMm: number, speedMmS = 150): Promise<void> {
  await channel.releaseBrake();
  rigBus.send(channel.winchId, 'MOVE', { targetMm: trimMm, speedMmS });
  showLog.info('flying to trim', { winchId: channel.winchId, trimMm });
}
