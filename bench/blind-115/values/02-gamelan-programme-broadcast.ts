// expect: no-promise-as-value
// The 'players' field is filled with the un-awaited promise from presentPlayers, so the message sent over the socket carries {} instead of the player list.
export interface Piece {
  pieceId: string;
  title: string;
  laras: 'slendro' | 'pelog';
  pathet: string;
  ensembleId: string;
}

export interface Attendance {
  presentOn(ensembleId: string, date: string): Promise<Array<{ name: string; instrument: string }>>;
}

export interface TempoStore {
  irama(pieceId: string): Promise<{ bpm: number; level: 'lancar' | 'tanggung' | 'dadi' | 'wiled' }>;
}

export class ProgrammeBroadcaster {
  private sent = 0;

  constructor(
    private readonly socket: WebSocket,
    private readonly attendance: Attendance,
    private readonly tempo: TempoStore,
    private readonly today = new Date().toISOString().slice(0, 10),
  ) {}

  async announceNext(piece: Piece): Promise<void> {
    if (this.socket.readyState !== WebSocket.OPEN) {
      throw new Error('programme socket is not open');
    }
    const tempo = await this.tempo.irama(piece.pieceId);

    const message = {
      type: 'next-piece',
      title: piece.title,
      laras: piece.laras,
      pathet: piece.pathet,
      bpm: tempo.bpm,
      irama: tempo.level,
      players: this.presentPlayers(piece.ensembleId),
    };
    this.socket.send(JSON.stringify(message));
    this.sent++;
  }

  get messagesSent(): number {
    return this.sent;
  }

  private async presentPlayers(ensembleId: string): Promise<string[]> {
    const present = await this.attendance.presentOn(ensembleId, this.today);
    return present
      .slice()
      .sort((a, b) => a.instrument.localeCompare(b.instrument))
      .map((p) => `${p.instrument}: ${p.name}`);
  }
}
