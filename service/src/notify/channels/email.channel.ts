// Email over SMTP with nodemailer; with no SMTP_URL, messages are only logged (kind and id, never address or text).
import nodemailer from 'nodemailer';
import type { Logger } from '../../logger.js';
import type { Channel, Delivery, EmailTarget } from './delivery.js';

export interface EmailChannelOptions {
  smtpUrl: string | undefined;
  mailFrom: string;
  timeoutMs: number;
  logger: Logger;
}

export function emailChannel(options: EmailChannelOptions): Channel<EmailTarget> {
  if (!options.smtpUrl) {
    return {
      name: 'email (log only)',
      async send(delivery) {
        options.logger.info('email not sent: SMTP_URL is not set', { messageId: delivery.id, kind: delivery.kind });
      },
    };
  }
  const transport = nodemailer.createTransport(
    {
      url: options.smtpUrl,
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
    },
    { from: options.mailFrom },
  );
  return {
    name: 'email',
    async send(delivery: Delivery, target: EmailTarget) {
      try {
        await transport.sendMail({
          to: target.to,
          subject: delivery.subject,
          text: delivery.body,
          headers: { 'X-Complaint-Box-Message': String(delivery.id), 'X-Complaint-Box-Kind': delivery.kind },
        });
      } catch (error) {
        const code =
          (error as { code?: string; responseCode?: number }).code ?? (error as { responseCode?: number }).responseCode;
        throw new Error(`SMTP delivery failed${code ? ` (${code})` : ''}`, { cause: error });
      }
    },
    async close() {
      transport.close();
    },
  };
}
