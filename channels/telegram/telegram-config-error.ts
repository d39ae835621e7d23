/** A Telegram setting that cannot work (named, never its value: it may be a secret). */
export class TelegramConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TelegramConfigError';
  }
}
