/**
 * Wraps the API key so it cannot leak by accident: JSON.stringify, string templates and util.inspect
 * all print "[redacted]". Only the one module that talks to the endpoint calls reveal().
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return '[redacted]';
  }

  toJSON(): string {
    return '[redacted]';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'Secret([redacted])';
  }
}

/** Removes the secret from text that came back from elsewhere (an error body may echo the key). */
export function redact(text: string, secret: Secret | undefined): string {
  const value = secret?.reveal();
  if (!value || value.length < 4) return text;
  return text.split(value).join('[redacted]');
}
