/** The IPC channel of a bridge method: derived from its name, never written down. No imports: the preload uses it. */
export function wizardChannel<M extends string>(method: M): `wizard:${M}` {
  return `wizard:${method}`;
}
