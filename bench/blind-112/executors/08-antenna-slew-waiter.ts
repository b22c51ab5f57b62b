// expect: none
// Success, error, close and abort all call one cleanup-then-settle helper guarded by a done flag, and the abort listener and every socket listener are removed, so the promise settles exactly once.
export interface SlewTarget {
  antenna: string;
  azimuthDeg: number;
  elevationDeg: number;
}

export interface SlewComplete {
  antenna: string;
  azimuthDeg: number;
  elevationDeg: number;
  settledAt: string;
  trackingErrorArcsec: number;
}

interface ControlMessage {
  kind: 'slew-progress' | 'slew-complete' | 'slew-fault';
  antenna: string;
  azimuthDeg?: number;
  elevationDeg?: number;
  trackingErrorArcsec?: number;
  fault?: string;
}

export function commandSlew(
  ws: WebSocket,
  target: SlewTarget,
  signal?: AbortSignal,
): Promise<SlewComplete> {
  return new Promise<SlewComplete>((resolve, reject) => {
    let done = false;

    const finish = (outcome: { ok: true; value: SlewComplete } | { ok: false; error: unknown }) => {
      if (done) return;
      done = true;
      ws.removeEventListener('message', onMessage);
      ws.removeEventListener('error', onError);
      ws.removeEventListener('close', onClose);
      signal?.removeEventListener('abort', onAbort);
      if (outcome.ok) resolve(outcome.value);
      else reject(outcome.error);
    };

    const onMessage = (event: MessageEvent) => {
      let msg: ControlMessage;
      try {
        msg = JSON.parse(String(event.data)) as ControlMessage;
      } catch {
        return;
      }
      if (msg.antenna !== target.antenna) return;
      if (msg.kind === 'slew-fault') {
        finish({ ok: false, error: new Error(`${target.antenna} slew fault: ${msg.fault ?? 'unspecified'}`) });
      } else if (msg.kind === 'slew-complete') {
        finish({
          ok: true,
          value: {
            antenna: msg.antenna,
            azimuthDeg: msg.azimuthDeg ?? target.azimuthDeg,
            elevationDeg: msg.elevationDeg ?? target.elevationDeg,
            settledAt: new Date().toISOString(),
            trackingErrorArcsec: msg.trackingErrorArcsec ?? 0,
          },
        });
      }
    };
    const onError = () => finish({ ok: false, error: new Error(`control socket error while slewing ${target.antenna}`) });
    const onClose = (event: CloseEvent) =>
      finish({ ok: false, error: new Error(`control socket closed (${event.code}) while slewing ${target.antenna}`) });
    const onAbort = () => {
      finish({ ok: false, error: signal!.reason });
      if (ws.readyState === WebSocket.OPEN) {
        ws.send(JSON.stringify({ op: 'stop', antenna: target.antenna }));
      }
    };

    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    ws.addEventListener('message', onMessage);
    ws.addEventListener('error', onError);
    ws.addEventListener('close', onClose);
    try {
      ws.send(JSON.stringify({ op: 'slew', ...target }));
    } catch (err) {
      finish({ ok: false, error: err });
    }
  });
}
