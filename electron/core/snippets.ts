/**
 * The dashboard's code samples ("Code samples for your own bot"): betfairlightweight, curl and Node's https,
 * filled in with the user's own file paths and their jurisdiction's login host. Each framework's source lives in
 * electron/core/samples/ beside the kit's check for that framework (one home per framework).
 * Never contains a password or key bytes: passwords come from environment variables; TLS checks stay on (no -k).
 * Each keeps its session the way a bot should (and says why, in the language in use): keepAlive on a timer, a new
 * login only when the session is gone (NO_SESSION / INVALID_SESSION_INFORMATION), never more than a few a minute.
 */
import type { Snippet } from '../../shared/api.js';
import { curlSnippet } from './samples/curl.js';
import { nodeSnippet } from './samples/node.js';
import { pythonSnippet } from './samples/python.js';
import type { SnippetInput } from './samples/snippet-input.js';

export type { SnippetInput } from './samples/snippet-input.js';

export function buildSnippets(input: SnippetInput): Snippet[] {
  return [pythonSnippet(input), curlSnippet(input), nodeSnippet(input)];
}
