// expect: no-multiple-settle
// The Promise executor is async and awaits the limits file before wiring any handlers, so if readFile or JSON.parse throws the returned promise never settles.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';

export interface WinchLimits {
  maxTensionKn: number;
  maxLineOutM: number;
  engageTimeoutMs: number;
}

export interface MooringWinch extends EventEmitter {
  readonly mastId: string;
  engage(limits: WinchLimits): void;
  release(): void;
}

export interface EngageResult {
  mastId: string;
  tensionKn: number;
  lineOutM: number;
}

export class MastWinchController {
  constructor(
    private readonly winch: MooringWinch,
    private readonly limitsPath: string,
  ) {}

  engage(): Promise<EngageResult> {
    return new Promise<EngageResult>(async (resolve, reject) => {
      const limits = JSON.parse(await readFile(this.limitsPath, 'utf8')) as WinchLimits;

      const timer = setTimeout(() => {
        cleanup();
        this.winch.release();
        reject(new Error(`mast ${this.winch.mastId}: nose cone not latched within ${limits.engageTimeoutMs}ms`));
      }, limits.engageTimeoutMs);

      const onLatched = (tensionKn: number, lineOutM: number) => {
        cleanup();
        resolve({ mastId: this.winch.mastId, tensionKn, lineOutM });
      };
      const onOverload = (tensionKn: number) => {
        cleanup();
        this.winch.release();
        reject(new Error(`mast ${this.winch.mastId}: line tension ${tensionKn}kN over limit ${limits.maxTensionKn}kN`));
      };
      const onFault = (err: Error) => {
        cleanup();
        reject(err);
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.winch.off('latched', onLatched);
        this.winch.off('overload', onOverload);
        this.winch.off('fault', onFault);
      };

      this.winch.once('latched', onLatched);
      this.winch.once('overload', onOverload);
      this.winch.once('fault', onFault);
      this.winch.engage(limits);
    });
  }
}

export async function moorShip(
  controller: MastWinchController,
  announce: (message: string) => void,
): Promise<EngageResult> {
  announce('Ground crew stand clear of the mast head, winch engaging');
  const result = await controller.engage();
  announce(`Moored at mast ${result.mastId}: ${result.lineOutM}m line out, ${result.tensionKn}kN`);
  return result;
}
