/** Text of the `bot-login login` command in Italian. */
import { JURISDICTION_IDS } from '../../jurisdictions.js';
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';
import { KEY_KINDS_TEXT } from './app-keys.js';

const PASSWORD_ENV = ENV.password;
const LOGIN_P12_PASSWORD_ENV = ENV.p12Password;

const NO_ARGV_PASSWORD = `Le password non sono accettate sulla riga di comando (gli altri utenti di questo computer possono vederle). Imposta ${PASSWORD_ENV} (e ${LOGIN_P12_PASSWORD_ENV} per un file .p12), oppure esegui il comando in un terminale per fartela chiedere.`;

export const CLI_LOGIN_TEXT: Messages['CLI_LOGIN_TEXT'] = {
  summary: 'Prova il login del bot Betfair con il tuo certificato e spiega la risposta',
  help: `Uso: bot-login login --jurisdiction ID (--cert FILE --key FILE | --pem FILE | --p12 FILE)
                     --username NAME [--app-key KEY] [--create-app-keys NAME]
                     [--keep-session] [--json]

Prova una volta il login con certificato di Betfair per la tua giurisdizione, usando il
tuo certificato client, e spiega con parole semplici cosa significa la risposta e cosa
fare dopo. Se il login funziona, la stessa sessione elenca anche le chiavi
applicazione del tuo conto e, con --app-key, controlla che Betfair accetti quella chiave
(a un bot servono tutte e quattro le cose: certificato, nome utente, password e chiave
applicazione). Una sessione di prova riuscita viene poi chiusa, a meno che non sia
indicato --keep-session.

Ogni conto Betfair può avere due chiavi applicazione:
  ${KEY_KINDS_TEXT.delayed}
  ${KEY_KINDS_TEXT.live}

Opzioni:
  --jurisdiction ID   dove si trova il tuo conto Betfair: ${JURISDICTION_IDS.join(', ')}
                      (international = betfair.com; dk non può usare il login del bot)
  --cert FILE         il certificato (.crt), insieme a --key FILE (la chiave privata)
  --pem FILE          un unico file con certificato e chiave
  --p12 FILE          un file .p12/.pfx; la sua password viene da ${LOGIN_P12_PASSWORD_ENV}
  --username NAME     il tuo nome utente Betfair
  --app-key KEY       la chiave applicazione che userà il tuo bot (facoltativa: senza,
                      la prova elenca le tue chiavi così puoi sceglierne una)
  --create-app-keys NAME
                      se il tuo conto non ha ancora chiavi applicazione, le crea
                      con questo nome (che non deve contenere il tuo nome utente)
  --keep-session      non chiude la sessione di prova; ne stampa il token di sessione
  --json              stampa un unico oggetto JSON invece del testo; oltre alla risposta
                      del login contiene "appKeys" (ognuna {appName, applicationKey,
                      version, delayed, active}), "appKeyCheck" ({status, delayed?,
                      active?, code?, title, explanation, whatToDo}; status è valid,
                      not-yours, refused, not-given o not-checked) e, con
                      --create-app-keys, "appKeysCreation"; "verdict" è l'esito
                      complessivo (works, works-no-stream, delayed-key, key-inactive,
                      choose-key, create-keys, key-not-yours, key-refused,
                      key-not-checked, login-failed...), "title" e "whatToDo" lo dicono
                      a parole; "ok" è true esattamente quando il codice di uscita è 0

La password Betfair viene letta dalla variabile d'ambiente ${PASSWORD_ENV}, oppure chiesta
(senza mostrarla) quando il comando gira in un terminale. Non è mai accettata sulla riga
di comando. Si inviano al massimo 5 login di prova al minuto, e nessuno per 20 minuti dopo
che Betfair ha segnalato troppi login (questo viene ricordato nella cartella dei dati
dell'app).

Codici di uscita: 0 il tuo bot può accedere e scommettere (una chiave live attivata da
Betfair); 1 Betfair ha risposto con un errore; 2 uso errato o dati non utilizzabili;
3 nessuna risposta valida (rete, connessione sicura, tempo scaduto, risposta inattesa;
anche quando il login funziona ma non è stato possibile controllare la chiave); 4 trattenuto
per proteggere il tuo conto (troppe prove, la breve attesa dopo due password sbagliate di fila, o la pausa di 20 minuti di Betfair); 5 il login
funziona ma il tuo bot non può ancora scommettere con la chiave (nessuna chiave indicata,
nessuna chiave creata, la chiave ritardata, una chiave live non ancora attiva, una chiave
rifiutata da Betfair o che non è tua).
`,
  passwordFlag: NO_ARGV_PASSWORD,
  needJurisdiction: `Indica dove si trova il tuo conto Betfair con --jurisdiction (${JURISDICTION_IDS.join(', ')}).`,
  badJurisdiction: (value: string): string =>
    `"${value}" non è una giurisdizione che questo strumento conosce. Usane una tra: ${JURISDICTION_IDS.join(', ')}.`,
  needCertificate: 'Indica quale certificato usare: --cert FILE con --key FILE, oppure --pem FILE, oppure --p12 FILE.',
  oneCertificate: 'Indica un solo certificato: --cert con --key, oppure --pem, oppure --p12.',
  certNeedsKey: "L'opzione --cert richiede anche --key FILE (la chiave privata che appartiene al certificato).",
  keyNeedsCert: "L'opzione --key richiede anche --cert FILE (il certificato a cui appartiene la chiave).",
  keysHeading: 'Le tue chiavi applicazione:',
  keyLine: (key: string, kind: string, appName: string, version: string): string =>
    `  ${key}  ${kind}  (app "${appName}", versione ${version})`,
  noKeys:
    'Il tuo conto non ha ancora chiavi applicazione. Creale con --create-app-keys NAME, per esempio --create-app-keys "Il mio bot di scommesse".',
  keyKinds: `${KEY_KINDS_TEXT.delayed} ${KEY_KINDS_TEXT.live}`,
  keysNotCreated: (title: string, code: string): string =>
    `Le tue chiavi applicazione non sono state create: ${title} (${code})`,
  needUsername: 'Indica il tuo nome utente Betfair con --username.',
  needPassword: `Nessuna password: passala sullo standard input con --password-stdin, imposta ${PASSWORD_ENV}, oppure esegui il comando in un terminale per fartela chiedere.`,
  passwordPrompt: (username: string): string => `Password Betfair per ${username}: `,
  p12Prompt: 'Password del file .p12: ',
  testEndpoint: (origin: string | null): string =>
    `Si usa un server di test${origin ? ` (${origin})` : ''}, non i veri server di login di Betfair.`,
  successHeading: (title: string): string => `SUCCESS: ${title}`,
  statusHeading: (status: string, title: string): string => `Betfair ha risposto ${status}: ${title}`,
  faultHeading: (title: string, code: string): string =>
    `Non è stato possibile completare il login di prova: ${title} (${code})`,
  whatToDo: (text: string): string => `Cosa fare: ${text}`,
  action: (label: string, url: string): string => `${label}: ${url}`,
  loggedOut: 'La sessione di prova è stata chiusa.',
  notLoggedOut: "Non è stato possibile chiudere la sessione di prova; terminerà da sola dopo un po'.",
  keptSession: 'La sessione di prova è stata lasciata aperta (--keep-session).',
  sessionToken: (token: string): string => `Token di sessione: ${token}`,
  retryAt: (when: string): string => `Prossima prova possibile: ${when}`,
};
