/** `bot-login renew`: pașii reînnoirii pentru terminal (shared/renewal.ts). */
import type { Messages } from '../messages.js';

export const CLI_RENEW_TEXT: Messages['CLI_RENEW_TEXT'] = {
  summary: 'Reînnoiește certificatul lângă cel folosit acum, ca botul să meargă în continuare',
  help: `Utilizare: bot-login renew --dir DIR [--finish | --cancel] [--json]

Reînnoiește certificatul din DIR (folderul cu client-2048.crt și client-2048.key) fără să
oprească botul. Betfair păstrează un singur certificat pe cont: după ce îl încarci pe cel
nou, cel vechi nu se mai conectează, deci ordinea contează.

  bot-login renew --dir DIR           face setul nou în DIR/renewal-DATA (fișierele folosite
                                      acum nu sunt atinse), cu fișierele de înlocuire pentru bot
                                      în DIR/renewal-DATA/for-the-bot/certs/, și afișează pașii;
                                      rulat din nou, arată reînnoirea în curs
  bot-login renew --dir DIR --finish  după ce testul cu certificatul nou a reușit: setul nou ia
                                      numele fișierelor folosite acum în DIR, cel vechi merge în
                                      DIR/old-certificates (doar pentru tine)
  bot-login renew --dir DIR --cancel  înapoi la setul folosit acum; setul nou nefolosit merge în
                                      DIR/old-certificates

Opțiuni:
  --json   afișează un obiect JSON în loc de text

Coduri de ieșire: 0 gata, 1 nu s-a putut (motivul este afișat), 2 utilizare greșită.
`,
  noDir: 'Spune cu --dir DIR în ce folder este certificatul folosit acum.',
  bothFlags: 'Folosește --finish sau --cancel, nu pe amândouă.',
  noWorking: (dir: string) =>
    `În ${dir} nu este niciun certificat (client-2048.crt). Dă folderul certificatului folosit acum.`,
  noRenewal: (dir: string) => `Nu este nicio reînnoire în curs în ${dir}. Începe una cu: bot-login renew --dir ${dir}`,
  started: (dir: string) =>
    `Certificatul nou a fost făcut lângă cel folosit acum, în ${dir}. Fișierele folosite acum nu au fost atinse.`,
  resumed: (dir: string) => `O reînnoire este în curs în ${dir}: certificatul nou nu este încă cel folosit.`,
  newCertificate: (name: string, fingerprint: string, date: string) =>
    `Certificat nou:            ${name} (amprenta începe cu ${fingerprint}), valabil până pe ${date}`,
  working: (name: string, date: string) => `Botul folosește încă:      ${name}, expiră pe ${date}`,
  stepsHeading: 'În această ordine:',
  stepUpload: (crt: string) =>
    `  1. Încarcă ${crt} pe pagina de securitate a contului Betfair. De atunci doar certificatul nou se conectează; un bot deja conectat își păstrează sesiunea.`,
  stepBotFiles: (dir: string, files: string) =>
    `  2. Imediat după, pe mașina botului, înlocuiește ${files} din folderul botului cu fișierele din ${dir} (aceleași nume: nicio cale nu se schimbă).`,
  kitFound: (kit: string) => `Kit făcut pentru certificatul folosit acum: ${kit} (înlocuiește-i fișierele din certs/)`,
  stepTest: (command: string) => `  3. Testează certificatul nou: ${command}`,
  stepFinish: (command: string) => `  4. După ce testul reușește, fă setul nou cel folosit: ${command}`,
  cancelHint: (command: string) => `Ca să te întorci oricând la setul folosit acum: ${command}`,
  finished: (dir: string) => `Certificatul nou este acum cel folosit în ${dir}, cu aceleași nume de fișiere.`,
  botFilesAgain: (dir: string) =>
    `Dacă nu ai făcut-o încă, înlocuiește certs/client-2048.crt și certs/client-2048.key din folderul botului cu fișierele din ${dir}.`,
  archived: (dir: string) =>
    `Certificatul vechi este în ${dir} (doar pentru tine). Șterge-l după ce botul s-a conectat cu cel nou.`,
  cancelled: (archive: string) =>
    `Înapoi la certificatul folosit acum, neschimbat. Setul nou nefolosit este în ${archive}. Dacă ai încărcat deja certificatul nou, încarcă din nou certificatul folosit acum.`,
  failed: (message: string) => `Certificatul nu a putut fi reînnoit: ${message}`,
};
