import type { Transporter } from 'nodemailer';

export type Mail = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
};

/** Where the portal's e-mails go. The SMTP one talks to MailDev; tests may plug in their own. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

const FROM = 'Certigna <ne-pas-repondre@certigna.example>';

export class SmtpMailer implements Mailer {
  private transport: Promise<Transporter> | undefined;
  /** `ready` resolves once the SMTP server listens: the portal may start before MailDev. */
  constructor(
    private readonly port: number,
    private readonly host = '127.0.0.1',
    private readonly ready: Promise<unknown> = Promise.resolve(),
  ) {}
  private connect(): Promise<Transporter> {
    // Loaded after the portal listens (warmUp), or on first use: it keeps the start-up short.
    this.transport ??= import('nodemailer').then(async (nodemailer) => {
      await this.ready;
      // MailDev speaks plain SMTP on loopback: no TLS, no auth.
      return nodemailer.default.createTransport({
        host: this.host,
        port: this.port,
        secure: false,
        ignoreTLS: true,
      });
    });
    return this.transport;
  }
  /** Loads nodemailer and waits for MailDev, so that the first mail pays for neither. */
  async warmUp(): Promise<void> {
    await this.connect();
  }
  async send(mail: Mail) {
    await (await this.connect()).sendMail({ from: FROM, ...mail });
  }
  async close() {
    if (this.transport) (await this.transport).close();
  }
}
