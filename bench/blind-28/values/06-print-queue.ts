// expect: none
// Correct: the page count and job status are assigned in the readFile callback and the "finish" listener, and only read inside those callbacks.
import { readFile, createReadStream } from "node:fs";
import { EventEmitter } from "node:events";
import { Writable } from "node:stream";

export interface PrintJob {
  id: string;
  pdfPath: string;
  copies: number;
  duplex: boolean;
  customer: string;
}

type JobStatus = "queued" | "spooling" | "done" | "failed";

declare function openPrinterSocket(host: string): Writable;

export class PrintQueue extends EventEmitter {
  private readonly status = new Map<string, JobStatus>();
  private readonly pages = new Map<string, number>();

  constructor(private readonly printerHost: string, private readonly pricePerSheet: number) {
    super();
  }

  // Counts "/Type /Page" objects; good enough for the PDFs our storefront produces.
  private countPages(job: PrintJob, done: (err: Error | null, pages?: number) => void): void {
    readFile(job.pdfPath, "latin1", (err, text) => {
      if (err) return done(err);
      const matches = text.match(/\/Type\s*\/Page(?!s)/g);
      done(null, matches ? matches.length : 0);
    });
  }

  submit(job: PrintJob): void {
    this.status.set(job.id, "queued");
    this.countPages(job, (err, pages) => {
      if (err || pages === undefined) {
        this.status.set(job.id, "failed");
        this.emit("failed", job.id, err);
        return;
      }
      this.pages.set(job.id, pages);
      const sheets = (job.duplex ? Math.ceil(pages / 2) : pages) * job.copies;
      this.emit("quoted", job.id, sheets * this.pricePerSheet);
      this.spool(job);
    });
  }

  private spool(job: PrintJob): void {
    this.status.set(job.id, "spooling");
    const printer = openPrinterSocket(this.printerHost);
    const source = createReadStream(job.pdfPath);

    printer.on("finish", () => {
      this.status.set(job.id, "done");
      const printed = this.pages.get(job.id) ?? 0;
      this.emit("printed", job.id, printed * job.copies);
    });
    printer.on("error", (err) => {
      this.status.set(job.id, "failed");
      this.emit("failed", job.id, err);
    });

    printer.write(`@PJL SET COPIES=${job.copies}\r\n`);
    printer.write(`@PJL SET DUPLEX=${job.duplex ? "ON" : "OFF"}\r\n`);
    source.pipe(printer);
  }

  statusOf(jobId: string): JobStatus | undefined {
    return this.status.get(jobId);
  }
}
