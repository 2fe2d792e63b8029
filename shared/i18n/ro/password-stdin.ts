/** --password-stdin din CLI: partea sa din `bot-login login --help` și refuzurile sale. */
import { ENV } from '../../env-names.js';
import type { Messages } from '../messages.js';

export const PASSWORD_STDIN_TEXT: Messages['PASSWORD_STDIN_TEXT'] = {
  help: `
Parola dintr-un script:
  --password-stdin    citește parola Betfair de la intrarea standard (primul rând),
                      de ex.  pass show betfair | bot-login login ... --password-stdin
                      E mai sigur decât ${ENV.password}: pe Linux o variabilă de
                      mediu rămâne vizibilă în /proc/<pid>/environ (pentru propriul tău
                      utilizator și pentru root) pe toată durata rulării, chiar dacă
                      comanda o scoate din propriul mediu imediat ce a citit-o.
`,
  empty:
    'Nu a venit nicio parolă la intrarea standard (--password-stdin): trimite-o printr-un pipe, de ex. pass show betfair | bot-login login ...',
  tooLong:
    'Ce a venit la intrarea standard e mult prea lung ca să fie o parolă (--password-stdin citește un singur rând).',
  noLine: (seconds: number) =>
    `Niciun rând nu a venit la intrarea standard în ${seconds} secunde (--password-stdin așteaptă doar primul rând): trimite parola printr-un pipe, urmată de un rând nou, de ex. pass show betfair | bot-login login ...`,
  terminal:
    'Intrarea standard este acest terminal, unde --password-stdin ar afișa ce tastezi. Renunță la --password-stdin: comanda îți va cere parola fără s-o afișeze.',
};
