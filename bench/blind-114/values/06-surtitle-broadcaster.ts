// expect: no-promise-as-value
// For screens in another language the un-awaited translate() promise is interpolated into the outgoing message, so the audience sees "[object Promise]" instead of the line.
export interface Cue {
  index: number;
  text: string;
  lang: string;
  holdMs: number;
}

export interface SurtitleScreen {
  id: string;
  lang: string;
  socket: WebSocket;
}

export interface MachineTranslator {
  translate(text: string, from: string, to: string): Promise<string>;
}

export class SurtitleBroadcaster {
  private readonly screens = new Map<string, SurtitleScreen>();
  private readonly translations = new Map<string, string>();
  private current: Cue | null = null;

  constructor(private readonly translator: MachineTranslator) {}

  attach(screen: SurtitleScreen): void {
    this.screens.set(screen.id, screen);
    screen.socket.addEventListener('close', () => this.screens.delete(screen.id));
  }

  async preload(cues: Cue[], langs: string[]): Promise<void> {
    for (const cue of cues) {
      for (const lang of langs) {
        if (lang !== cue.lang) await this.translate(cue, lang);
      }
    }
  }

  pushCue(cue: Cue): number {
    this.current = cue;
    let sent = 0;
    for (const screen of this.screens.values()) {
      if (screen.socket.readyState !== WebSocket.OPEN) continue;
      const text = screen.lang === cue.lang ? cue.text : this.translate(cue, screen.lang);
      screen.socket.send(`CUE\t${cue.index}\t${cue.holdMs}\t${text}`);
      sent += 1;
    }
    return sent;
  }

  blank(): void {
    this.current = null;
    for (const screen of this.screens.values()) {
      if (screen.socket.readyState === WebSocket.OPEN) screen.socket.send('BLANK');
    }
  }

  get currentIndex(): number | null {
    return this.current?.index ?? null;
  }

  private async translate(cue: Cue, lang: string): Promise<string> {
    const key = `${cue.index}:${lang}`;
    const cached = this.translations.get(key);
    if (cached !== undefined) return cached;
    const text = await this.translator.translate(cue.text, cue.lang, lang);
    this.translations.set(key, text);
    return text;
  }
}
