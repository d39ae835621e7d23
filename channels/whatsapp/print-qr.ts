/**
 * The first login shows a QR code to scan with the phone (WhatsApp → Linked devices). It is a
 * short-lived login credential, so it goes to the terminal (stderr) only, never to the logs.
 */
import qrcode from 'qrcode-terminal';

export type QrPrinter = (qr: string) => void;

export function printQrToTerminal(
  qr: string,
  write: (text: string) => void = (text) => process.stderr.write(text),
): void {
  qrcode.generate(qr, { small: true }, (drawing) => {
    write(
      `\nWhatsApp login: scan this code with the phone (Settings → Linked devices → Link a device)\n${drawing}\n`,
    );
  });
}
