/**
 * The Bot Framework channel cannot start with these settings. The message names the settings
 * (never their values), so the operator knows what to set.
 */
export class BotFrameworkSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BotFrameworkSetupError';
  }
}
