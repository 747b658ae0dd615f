import type { AddressInfo } from 'node:net';
import hoodiecrow from 'hoodiecrow-imap';
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { PDFDocument } from 'pdf-lib';
import { expect, test } from '@playwright/test';
import { ImapMailbox } from '../../support/mail/imap.ts';
import type { Imap } from '../../support/target/target.ts';

/**
 * The IMAP mailbox that reads a deployed portal's e-mails, checked against a real IMAP server
 * running in-process (hoodiecrow): mails are appended as the portal would send them.
 */
test.describe('IMAP mailbox (deployed targets)', () => {
  let server: ReturnType<typeof hoodiecrow>;
  let imap: Imap;

  test.beforeEach(async () => {
    server = hoodiecrow({
      plugins: ['ID', 'UIDPLUS', 'LITERALPLUS'],
      users: { qa: { password: 'imap-secret' } },
      storage: { INBOX: { messages: [] } },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    imap = {
      host: '127.0.0.1',
      port: (server.server.address() as AddressInfo).port,
      secure: false,
      user: 'qa',
      password: 'imap-secret',
    };
  });

  test.afterEach(() => {
    server.close();
  });

  async function deliver(
    to: string,
    subject: string,
    attachments: { filename: string; content: Buffer }[] = [],
  ) {
    const raw = await new MailComposer({
      from: 'Certigna <noreply@certigna.test>',
      to,
      subject,
      text: `Bonjour,\n${subject}`,
      attachments,
    })
      .compile()
      .build();
    const client = new ImapFlow({
      host: imap.host,
      port: imap.port,
      secure: false,
      auth: { user: imap.user, pass: imap.password },
      logger: false,
    });
    await client.connect();
    await client.append('INBOX', raw);
    await client.logout();
  }

  test('finds the mail sent to one recipient, not its neighbours, with its PDF attachment', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.getForm().createTextField('order_ref').setText('CMD-2026-000042');
    await deliver('qa+other@certigna.test', 'Votre commande CMD-2026-000041');
    await deliver('qa+42@certigna.test', 'Votre commande CMD-2026-000042', [
      { filename: 'bon-de-commande-CMD-2026-000042.pdf', content: Buffer.from(await pdf.save()) },
    ]);

    const mailbox = new ImapMailbox(imap);
    const mail = await mailbox.waitFor({ to: 'qa+42@certigna.test', subject: /CMD-2026-000042/ });

    expect(mail.subject).toBe('Votre commande CMD-2026-000042');
    expect(mail.to).toEqual(['qa+42@certigna.test']);
    expect(mail.text).toContain('Bonjour');
    const bytes = await mailbox.attachment(mail, 'bon-de-commande-CMD-2026-000042.pdf');
    const form = (await PDFDocument.load(bytes)).getForm();
    expect(form.getTextField('order_ref').getText()).toBe('CMD-2026-000042');
    expect(await mailbox.list({ to: 'qa+nobody@certigna.test' })).toEqual([]);
  });

  test('waits for a mail that arrives after it started looking', async () => {
    const mailbox = new ImapMailbox(imap);
    const waiting = mailbox.waitFor({ to: 'qa+late@certigna.test', subject: 'Un message attendu' });
    await deliver('qa+late@certigna.test', 'Un message attendu');
    await expect(waiting).resolves.toMatchObject({ subject: 'Un message attendu' });
  });
});
