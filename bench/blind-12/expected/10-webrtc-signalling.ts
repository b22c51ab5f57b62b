// expect: none
// `ready` is a promise created once in the constructor and awaited by every caller on purpose; each reconnect attempt opens a new socket.
export type SignalMessage =
  { type: 'offer' | 'answer'; sdp: string } | { type: 'candidate'; candidate: RTCIceCandidateInit } | { type: 'bye' };

export class SignallingChannel extends EventTarget {
  private socket!: WebSocket;
  readonly ready: Promise<void>;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly roomId: string,
  ) {
    super();
    this.ready = this.connectWithRetry(5);
    // Avoid an unhandled rejection if nobody sends before the connection fails.
    this.ready.catch(() => undefined);
  }

  private openSocket(): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${this.url}?room=${encodeURIComponent(this.roomId)}`);
      ws.addEventListener('open', () => resolve(ws), { once: true });
      ws.addEventListener('error', () => reject(new Error('signalling socket failed')), { once: true });
    });
  }

  private async connectWithRetry(attempts: number): Promise<void> {
    let lastError: unknown;
    for (let i = 0; i < attempts && !this.closed; i++) {
      try {
        this.socket = await this.openSocket();
        this.socket.addEventListener('message', this.onMessage);
        return;
      } catch (err) {
        lastError = err;
        await new Promise((r) => setTimeout(r, 500 * (i + 1)));
      }
    }
    throw lastError ?? new Error('signalling channel closed');
  }

  private onMessage = (event: MessageEvent<string>) => {
    const msg = JSON.parse(event.data) as SignalMessage;
    this.dispatchEvent(new CustomEvent<SignalMessage>('signal', { detail: msg }));
  };

  async send(msg: SignalMessage): Promise<void> {
    await this.ready;
    this.socket.send(JSON.stringify(msg));
  }

  async close(): Promise<void> {
    this.closed = true;
    try {
      await this.ready;
      await this.send({ type: 'bye' });
    } catch {
      // never connected; nothing to tell the peer
    }
    this.socket?.close();
  }
}

export async function startCall(channel: SignallingChannel, stream: MediaStream): Promise<RTCPeerConnection> {
  const pc = new RTCPeerConnection({ iceServers: [{ urls: 'stun:stun.l.google.com:19302' }] });
  stream.getTracks().forEach((track) => pc.addTrack(track, stream));

  pc.addEventListener('icecandidate', (e) => {
    if (e.candidate) void channel.send({ type: 'candidate', candidate: e.candidate.toJSON() });
  });

  channel.addEventListener('signal', async (event) => {
    const msg = (event as CustomEvent<SignalMessage>).detail;
    if (msg.type === 'answer') {
      await pc.setRemoteDescription({ type: 'answer', sdp: msg.sdp });
    } else if (msg.type === 'candidate') {
      await pc.addIceCandidate(msg.candidate);
    } else if (msg.type === 'bye') {
      pc.close();
    }
  });

  const offer = await pc.createOffer();
  await pc.setLocalDescription(offer);
  await channel.send({ type: 'offer', sdp: offer.sdp ?? '' });
  return pc;
}
