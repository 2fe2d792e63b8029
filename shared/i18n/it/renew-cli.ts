/** `bot-login renew`: i passi del rinnovo per il terminale (shared/renewal.ts). */
import type { Messages } from '../messages.js';

export const CLI_RENEW_TEXT: Messages['CLI_RENEW_TEXT'] = {
  summary: 'Rinnova il certificato accanto a quello in uso, così il bot continua a funzionare',
  help: `Uso: bot-login renew --dir DIR [--finish | --cancel] [--json]

Rinnova il certificato in DIR (la cartella con client-2048.crt e client-2048.key) senza
fermare il bot. Betfair tiene un solo certificato per conto: appena carichi quello nuovo,
il vecchio non accede più, quindi l'ordine conta.

  bot-login renew --dir DIR           crea il nuovo set in DIR/renewal-DATA (i file in uso non
                                      vengono toccati), con i file sostitutivi per il bot in
                                      DIR/renewal-DATA/for-the-bot/certs/, e stampa i passi;
                                      rilanciato, mostra il rinnovo in corso
  bot-login renew --dir DIR --finish  dopo che la prova con il nuovo certificato è riuscita: il
                                      nuovo set prende i nomi dei file in uso in DIR, il vecchio
                                      va in DIR/old-certificates (solo per te)
  bot-login renew --dir DIR --cancel  torna al set in uso; il nuovo set non usato va in
                                      DIR/old-certificates

Opzioni:
  --json   stampa un oggetto JSON invece del testo

Codici di uscita: 0 fatto, 1 non è stato possibile (il motivo viene stampato), 2 uso errato.
`,
  noDir: 'Indica con --dir DIR la cartella del certificato in uso.',
  bothFlags: 'Usa --finish oppure --cancel, non entrambi.',
  noWorking: (dir: string) =>
    `In ${dir} non c'è nessun certificato (client-2048.crt). Indica la cartella del certificato in uso.`,
  noRenewal: (dir: string) => `Nessun rinnovo in corso in ${dir}. Inizialo con: bot-login renew --dir ${dir}`,
  started: (dir: string) =>
    `Creato il nuovo certificato accanto a quello in uso, in ${dir}. I file in uso non sono stati toccati.`,
  resumed: (dir: string) => `C'è un rinnovo in corso in ${dir}: il nuovo certificato non è ancora quello in uso.`,
  newCertificate: (name: string, fingerprint: string, date: string) =>
    `Nuovo certificato:        ${name} (l'impronta inizia con ${fingerprint}), valido fino al ${date}`,
  working: (name: string, date: string) => `Il tuo bot usa ancora:    ${name}, scade il ${date}`,
  stepsHeading: 'In questo ordine:',
  stepUpload: (crt: string) =>
    `  1. Carica ${crt} nella pagina di sicurezza del tuo conto Betfair. Da quel momento accede solo il nuovo certificato; un bot già collegato mantiene la sua sessione.`,
  stepBotFiles: (dir: string, files: string) =>
    `  2. Subito dopo, sulla macchina del bot, sostituisci ${files} nella cartella del bot con i file in ${dir} (stessi nomi: nessun percorso cambia).`,
  kitFound: (kit: string) => `Kit creato per il certificato in uso: ${kit} (sostituisci i suoi file in certs/)`,
  stepTest: (command: string) => `  3. Prova il nuovo certificato: ${command}`,
  stepFinish: (command: string) => `  4. Quando la prova riesce, rendi il nuovo set quello in uso: ${command}`,
  cancelHint: (command: string) => `Per tornare al set in uso in qualsiasi momento: ${command}`,
  finished: (dir: string) => `Il nuovo certificato è ora quello in uso in ${dir}, con gli stessi nomi di file.`,
  botFilesAgain: (dir: string) =>
    `Se non l'hai ancora fatto, sostituisci certs/client-2048.crt e certs/client-2048.key nella cartella del bot con i file in ${dir}.`,
  archived: (dir: string) =>
    `Il vecchio certificato è in ${dir} (solo per te). Eliminalo quando il tuo bot ha fatto il login con quello nuovo.`,
  cancelled: (archive: string) =>
    `Di nuovo sul certificato in uso, senza modifiche. Il nuovo set non usato è in ${archive}. Se hai già caricato il nuovo certificato, carica di nuovo quello in uso.`,
  failed: (message: string) => `Impossibile rinnovare il certificato: ${message}`,
};
