// expect: none
// Every stored deferred is settled exactly once: by its reply, by its own cleared timeout, or by the socket's 'close' handler that rejects all pending.
export interface DispatchRequest {
  parcelId: string;
  pickupZone: string;
  dropZone: string;
  cargoBike: boolean;
}

export interface DispatchAssignment {
  parcelId: string;
  riderId: string;
  etaMinutes: number;
}

interface PendingDispatch {
  resolve: (value: DispatchAssignment) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

declare const HUB_SOCKET_URL: string;

export class CourierHubClient {
  private socket?: WebSocket;
  private readonly pending = new Map<string, PendingDispatch>();

  constructor(private readonly replyTimeoutMs = 8_000) {}

  connect(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(HUB_SOCKET_URL);
      const onOpen = () => {
        socket.removeEventListener('error', onError);
        this.socket = socket;
        socket.addEventListener('message', (ev) => this.onMessage(ev));
        socket.addEventListener('close', () => this.failAll(new Error('courier hub connection closed')));
        resolve();
      };
      const onError = () => {
        socket.removeEventListener('open', onOpen);
        reject(new Error(`could not reach courier hub at ${HUB_SOCKET_URL}`));
      };
      socket.addEventListener('open', onOpen, { once: true });
      socket.addEventListener('error', onError, { once: true });
    });
  }

  dispatch(request: DispatchRequest): Promise<DispatchAssignment> {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error('courier hub not connected'));
    }
    if (this.pending.has(request.parcelId)) {
      return Promise.reject(new Error(`parcel ${request.parcelId} already awaiting a rider`));
    }

    const { promise, resolve, reject } = Promise.withResolvers<DispatchAssignment>();
    const timer = setTimeout(() => {
      this.pending.delete(request.parcelId);
      reject(new Error(`no rider offered for ${request.parcelId} within ${this.replyTimeoutMs}ms`));
    }, this.replyTimeoutMs);
    this.pending.set(request.parcelId, { resolve, reject, timer });

    socket.send(JSON.stringify({ type: 'dispatch', ...request }));
    return promise;
  }

  private onMessage(ev: MessageEvent): void {
    const msg = JSON.parse(String(ev.data)) as
      | { type: 'assigned'; parcelId: string; riderId: string; etaMinutes: number }
      | { type: 'rejected'; parcelId: string; reason: string };
    const entry = this.pending.get(msg.parcelId);
    if (!entry) return;
    this.pending.delete(msg.parcelId);
    clearTimeout(entry.timer);

    if (msg.type === 'assigned') {
      entry.resolve({ parcelId: msg.parcelId, riderId: msg.riderId, etaMinutes: msg.etaMinutes });
    } else {
      entry.reject(new Error(`hub rejected ${msg.parcelId}: ${msg.reason}`));
    }
  }

  private failAll(reason: Error): void {
    for (const [parcelId, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(reason);
      this.pending.delete(parcelId);
    }
    this.socket = undefined;
  }
}
