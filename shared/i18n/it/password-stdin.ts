/** --password-stdin della CLI: la sua parte di `bot-login login --help` e i suoi rifiuti. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

export const PASSWORD_STDIN_TEXT: Messages['PASSWORD_STDIN_TEXT'] = {
  help: `
La password da uno script:
  --password-stdin    legge la password Betfair dallo standard input (la prima riga),
                      ad es.  pass show betfair | bot-login login ... --password-stdin
                      È più sicuro di ${ENV.password}: su Linux una variabile
                      d'ambiente resta leggibile in /proc/<pid>/environ (al tuo stesso
                      utente e a root) per tutta l'esecuzione, anche se il comando la
                      toglie dal proprio ambiente appena l'ha letta.
`,
  empty:
    'Nessuna password sullo standard input (--password-stdin): passala con una pipe, ad es. pass show betfair | bot-login login ...',
  tooLong:
    'Quello che è arrivato sullo standard input è troppo lungo per essere una password (--password-stdin legge una riga).',
  noLine: (seconds: number) =>
    `Nessuna riga sullo standard input entro ${seconds} secondi (--password-stdin aspetta solo la prima riga): passa la password con una pipe seguita da un a capo, ad es. pass show betfair | bot-login login ...`,
  terminal:
    'Lo standard input è questo terminale, dove --password-stdin mostrerebbe ciò che scrivi. Togli --password-stdin: il comando ti chiederà la password senza mostrarla.',
};
