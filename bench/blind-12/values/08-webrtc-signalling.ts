// expect: none
// Gathered candidates are only read inside the onicecandidate handler once gathering completes (null candidate), and SDP is awaited before being serialized.
export type SignalMessage =
  | { type: 'offer' | 'answer'; sdp: string; from: string }
  | { type: 'candidates'; candidates: RTCIceCandidateInit[]; from: string }
  | { type: 'bye'; from: string };

export interface SignallingChannel {
  send(msg: string): void;
  onMessage(handler: (raw: string) => void): void;
}

export class CallSession {
  private pc: RTCPeerConnection;
  private gathered: RTCIceCandidateInit[] = [];
  private pendingRemote: RTCIceCandidateInit[] = [];

  constructor(
    private readonly peerId: string,
    private readonly channel: SignallingChannel,
    iceServers: RTCIceServer[],
  ) {
    this.pc = new RTCPeerConnection({ iceServers });
    this.pc.onicecandidate = (ev) => {
      if (ev.candidate) {
        this.gathered.push(ev.candidate.toJSON());
        return;
      }
      // Gathering finished: ship the whole batch in one message.
      const batch = this.gathered;
      this.gathered = [];
      this.send({ type: 'candidates', candidates: batch, from: this.peerId });
    };
    this.channel.onMessage((raw) => {
      this.handle(JSON.parse(raw) as SignalMessage).catch((err) => console.error('signalling error', err));
    });
  }

  async call(stream: MediaStream): Promise<void> {
    for (const track of stream.getTracks()) this.pc.addTrack(track, stream);
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    this.send({ type: 'offer', sdp: offer.sdp ?? '', from: this.peerId });
  }

  hangUp(): void {
    this.send({ type: 'bye', from: this.peerId });
    this.pc.close();
  }

  private async handle(msg: SignalMessage): Promise<void> {
    switch (msg.type) {
      case 'offer': {
        await this.pc.setRemoteDescription({ type: 'offer', sdp: msg.sdp });
        await this.flushRemoteCandidates();
        const answer = await this.pc.createAnswer();
        await this.pc.setLocalDescription(answer);
        this.send({ type: 'answer', sdp: answer.sdp ?? '', from: this.peerId });
        break;
      }
      case 'answer':
        await this.pc.setRemoteDescription({ type: 'answer', sdp: msg.sdp });
        await this.flushRemoteCandidates();
        break;
      case 'candidates':
        if (!this.pc.remoteDescription) {
          this.pendingRemote.push(...msg.candidates);
          return;
        }
        for (const c of msg.candidates) await this.pc.addIceCandidate(c);
        break;
      case 'bye':
        this.pc.close();
        break;
    }
  }

  private async flushRemoteCandidates(): Promise<void> {
    const queued = this.pendingRemote;
    this.pendingRemote = [];
    for (const c of queued) await this.pc.addIceCandidate(c);
  }

  private send(msg: SignalMessage): void {
    this.channel.send(JSON.stringify(msg));
  }
}
