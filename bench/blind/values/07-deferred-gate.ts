// expect: none
// The Promise executor runs synchronously, so `release` is already assigned when it is read right after the constructor.

export class StartupGate {
  private readonly opened: Promise<void>;
  private readonly release: () => void;
  private isOpen = false;

  constructor() {
    let release!: () => void;
    this.opened = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.release = release;
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    this.release();
  }

  async whenOpen<T>(task: () => Promise<T>): Promise<T> {
    await this.opened;
    return task();
  }
}

export const gate = new StartupGate();
