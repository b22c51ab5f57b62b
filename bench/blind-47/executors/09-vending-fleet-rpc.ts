// expect: no-multiple-settle
// Stored deferreds are settled only by 'message' frames; the 'close' handler reconnects without rejecting pending calls, so they never settle.
export interface MachineStatus {
  machineId: string;
  coinsCents: number;
  emptySlots: string[];
  doorOpen: boolean;
}

type RpcMethod = 'status' | 'setPrice' | 'lockDoor' | 'restart';

interface RpcResponse {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

interface PendingCall {
  method: RpcMethod;
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
}

declare function openFleetSocket(url: string): WebSocket;

declare const fleetLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class FleetRpcClient {
  private socket: WebSocket | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, PendingCall>();
  private reconnectDelayMs = 500;

  constructor(private readonly url: string) {}

  connect(): void {
    const socket = openFleetSocket(this.url);
    this.socket = socket;

    socket.addEventListener('open', () => {
      this.reconnectDelayMs = 500;
    });

    socket.addEventListener('message', (event: MessageEvent<string>) => {
      const response = JSON.parse(event.data) as RpcResponse;
      const call = this.pending.get(response.id);
      if (!call) {
        fleetLog.warn('response for unknown call', { id: response.id });
        return;
      }
      this.pending.delete(response.id);
      if (response.ok) {
        call.resolve(response.result);
      } else {
        call.reject(new Error(`${call.method} failed: ${response.error ?? 'unknown error'}`));
      }
    });

    socket.addEventListener('close', (event: CloseEvent) => {
      fleetLog.warn('fleet socket closed', { code: event.code, pending: this.pending.size });
      this.socket = undefined;
      setTimeout(() => this.connect(), this.reconnectDelayMs);
      this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, 30_000);
    });
  }

  call<T>(method: RpcMethod, params: Record<string, unknown>): Promise<T> {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error(`Fleet socket not open; cannot call ${method}`));
    }
    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<unknown>();
    this.pending.set(id, { method, resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
    return promise as Promise<T>;
  }

  status(machineId: string): Promise<MachineStatus> {
    return this.call<MachineStatus>('status', { machineId });
  }

  setPrice(machineId: string, slot: string, cents: number): Promise<void> {
    if (!Number.isInteger(cents) || cents <= 0) {
      return Promise.reject(new RangeError(`Invalid price ${cents} for slot ${slot}`));
    }
    return this.call<void>('setPrice', { machineId, slot, cents });
  }

  async restockList(machineIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const id of machineIds) {
      const status = await this.status(id);
      if (status.emptySlots.length > 0) {
        out.set(id, status.emptySlots);
      }
    }
    return out;
  }
}
