/**
 * What each Betfair loginStatus means, in plain Romanian for a non-technical reader: a short title, what
 * happened, and the next step. Facts from Betfair's "Non-Interactive (Bot) Login" page; the words are ours.
 */
import type { Messages } from '../messages.js';

/** The user's jurisdiction and own Betfair site, as the English table's functions receive them. */
type StatusTextContext = Parameters<Messages['UNKNOWN_STATUS_TEXT']['whatToDo']>[0];

const SUPPORT = 'Contactează asistența pentru clienți Betfair';
const support = 'contactează asistența pentru clienți Betfair';
const NO_RETRY = 'Un nou test nu va schimba răspunsul.';
const REGULATOR_DOWN = `Problema este la Betfair sau la autoritatea de reglementare, nu la tine. Așteaptă câteva minute și testează din nou; dacă persistă, ${support}.`;

const openSite = (ctx: StatusTextContext): string => `Deschide ${ctx.site}`;

export const LOGIN_STATUS_TEXT: Messages['LOGIN_STATUS_TEXT'] = {
  SUCCESS: {
    title: 'Conectarea botului funcționează',
    meaning: 'Betfair a acceptat certificatul, numele de utilizator și parola și a deschis o sesiune.',
    whatToDo:
      'Nu mai ai nimic de făcut aici. Botul se poate conecta cu aceleași fișiere de certificat, aceeași cheie de aplicație și același nume de utilizator. Păstrează fișierul cheii doar pentru tine.',
  },
  INVALID_USERNAME_OR_PASSWORD: {
    title: 'Numele de utilizator sau parola nu sunt acceptate',
    meaning: 'Betfair nu a acceptat această combinație de nume de utilizator și parolă.',
    whatToDo: (c) =>
      `Verifică-le pe amândouă conectându-te pe ${c.site} în browser. Folosește numele de utilizator Betfair (nu adresa de e-mail) și ai grijă la Caps Lock și la spațiile de la început sau de la sfârșit. Mai multe încercări greșite la rând pot bloca contul, așa că verifică înainte să testezi din nou. Ai uitat parola? Reseteaz-o pe ${c.site}.`,
    action: { label: 'Resetează parola', target: 'recover-password' },
  },
  ACCOUNT_NOW_LOCKED: {
    title: 'Contul tocmai a fost blocat',
    meaning: 'Cu această încercare, parolele greșite au depășit limita: Betfair tocmai a blocat contul.',
    whatToDo: (c) =>
      `Contul nu se deblochează dacă aștepți. Deblochează-l cu pașii pentru parola uitată de pe ${c.site} sau ${support}. Apoi testează din nou cu parola nouă.`,
    action: { label: 'Resetează parola', target: 'recover-password' },
  },
  ACCOUNT_ALREADY_LOCKED: {
    title: 'Contul este blocat',
    meaning: 'Contul era deja blocat înainte de această încercare, de obicei după mai multe parole greșite.',
    whatToDo: (c) =>
      `Contul nu se deblochează dacă aștepți. Folosește pașii pentru parola uitată de pe ${c.site} sau ${support}, apoi testează din nou.`,
    action: { label: 'Resetează parola', target: 'recover-password' },
  },
  PENDING_AUTH: {
    title: 'Contul este încă în verificare',
    meaning: 'Betfair nu a terminat verificarea sau configurarea acestui cont.',
    whatToDo: (c) =>
      `Conectează-te pe ${c.site} în browser și completează tot ce ți se cere. Dacă nu ți se cere nimic, ${support}; doar așteptarea s-ar putea să nu ajute.`,
    action: { label: openSite, target: 'website' },
  },
  TELBET_TERMS_CONDITIONS_NA: {
    title: 'Termenii pentru pariurile prin telefon au fost refuzați',
    meaning:
      'Pe acest cont au fost refuzați termenii serviciului Betfair de pariuri prin telefon, așa că nu se poate conecta în acest fel.',
    whatToDo: `${SUPPORT} și cere-le să rezolve problema termenilor pentru pariurile prin telefon din contul tău. ${NO_RETRY}`,
  },
  DUPLICATE_CARDS: {
    title: 'Card de plată folosit pe alt cont',
    meaning: 'Un card de plată din acest cont este înregistrat și pe alt cont Betfair, așa că conectarea este blocată.',
    whatToDo: `${SUPPORT}: doar ei pot rezolva asta. ${NO_RETRY}`,
  },
  SECURITY_QUESTION_WRONG_3X: {
    title: 'Răspuns de securitate greșit de trei ori',
    meaning: 'Răspunsul la întrebarea de securitate a fost greșit de trei ori, așa că Betfair blochează conectările.',
    whatToDo: `${SUPPORT} ca să fie ridicată blocarea. Doar așteptarea nu ajută.`,
  },
  KYC_SUSPEND: {
    title: 'E nevoie de verificarea identității',
    meaning:
      'Contul este blocat temporar până când Betfair verifică cine ești (procesul de verificare KYC, „cunoaște-ți clientul”).',
    whatToDo: (c) =>
      `Conectează-te pe ${c.site} în browser și trimite documentele cerute sau ${support}. După ce Betfair te-a verificat, testează din nou.`,
    action: { label: openSite, target: 'website' },
  },
  SUSPENDED: {
    title: 'Cont suspendat',
    meaning: 'Betfair a suspendat acest cont.',
    whatToDo: `${SUPPORT} ca să afli de ce și ce ar ridica suspendarea. ${NO_RETRY}`,
  },
  CLOSED: {
    title: 'Cont închis',
    meaning: 'Acest cont Betfair a fost închis.',
    whatToDo: `${SUPPORT} dacă vrei să fie redeschis sau testează cu alt cont.`,
  },
  SELF_EXCLUDED: {
    title: 'Cont autoexclus',
    meaning: 'Contul este în autoexcludere, așa că deocamdată nu se poate conecta.',
    whatToDo: `Conectările rămân blocate până la sfârșitul autoexcluderii. Pentru întrebări, ${support}.`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_DK: {
    title: 'Autoritatea daneză de reglementare nu a putut fi contactată',
    meaning:
      'Betfair nu a primit la timp un răspuns de la sistemele autorității daneze pentru jocuri de noroc, așa că nu a putut finaliza conectarea.',
    whatToDo: REGULATOR_DOWN,
  },
  NOT_AUTHORIZED_BY_REGULATOR_DK: {
    title: 'Interzis de autoritatea daneză de reglementare',
    meaning: 'Regulile autorității daneze de reglementare nu permit acestui cont să joace în Danemarca.',
    whatToDo: `${SUPPORT} ca să afli ce este necesar. ${NO_RETRY}`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_IT: {
    title: 'Autoritatea italiană de reglementare nu a putut fi contactată',
    meaning:
      'Betfair nu a primit la timp un răspuns de la sistemele autorității italiene pentru jocuri de noroc, așa că nu a putut finaliza conectarea.',
    whatToDo: REGULATOR_DOWN,
  },
  NOT_AUTHORIZED_BY_REGULATOR_IT: {
    title: 'Interzis de autoritatea italiană de reglementare',
    meaning: 'Regulile autorității italiene de reglementare nu permit acestui cont să joace în Italia.',
    whatToDo: `${SUPPORT} ca să afli ce este necesar. ${NO_RETRY}`,
  },
  SECURITY_RESTRICTED_LOCATION: {
    title: 'Cont restricționat din motive de securitate',
    meaning: 'Betfair a restricționat contul din cauza unei probleme de securitate.',
    whatToDo: `${SUPPORT} ca să fie verificat contul. ${NO_RETRY}`,
  },
  BETTING_RESTRICTED_LOCATION: {
    title: 'Pariurile nu sunt permise din această locație',
    meaning: 'Conectarea a venit dintr-o țară sau o rețea din care Betfair nu permite pariuri.',
    whatToDo:
      'Rulează testul, și botul, dintr-un loc în care Betfair este permis. Dacă ești într-o țară permisă, un VPN sau o firmă de găzduire din străinătate te poate face să pari în altă parte: oprește VPN-ul sau folosește un server din țara ta. Dacă ai dubii, întreabă asistența pentru clienți Betfair.',
  },
  TRADING_MASTER: {
    title: 'Cont principal de trading',
    meaning: 'Acesta este un cont principal de trading, care nu se poate conecta în acest fel.',
    whatToDo: `Conectează-te în schimb cu contul cu care va paria botul sau ${support} ca să întrebi ce cont să folosești.`,
  },
  TRADING_MASTER_SUSPENDED: {
    title: 'Cont principal de trading suspendat',
    meaning: 'Acest cont principal de trading este suspendat.',
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  AGENT_CLIENT_MASTER: {
    title: 'Cont principal de agent',
    meaning: 'Acesta este contul principal al unui agent, care nu se poate conecta în acest fel.',
    whatToDo: `Conectează-te în schimb cu un cont de client sau ${support} ca să întrebi ce cont să folosești.`,
  },
  AGENT_CLIENT_MASTER_SUSPENDED: {
    title: 'Cont principal de agent suspendat',
    meaning: 'Acest cont principal al unui agent este suspendat.',
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  DANISH_AUTHORIZATION_REQUIRED: {
    title: 'E nevoie de autorizarea daneză',
    meaning: 'Acest cont are nevoie de autorizarea daneză, pe care o poate obține doar conectarea interactivă.',
    whatToDo: `Conectarea pentru boți nu este disponibilă pentru conturile daneze. Conectează-te pe betfair.dk în browser și folosește în aplicația ta conectarea interactivă Betfair. Dacă contul tău nu ar trebui să fie danez, ${support}.`,
    action: { label: 'Deschide betfair.dk', target: 'website-dk' },
  },
  SPAIN_MIGRATION_REQUIRED: {
    title: 'Contul trebuie mutat la Betfair Spania',
    meaning: 'Contul trebuie mai întâi mutat pe site-ul spaniol Betfair.',
    whatToDo:
      'Conectează-te pe betfair.es în browser și urmează pașii pentru mutarea contului. Apoi alege Spania în acest asistent, încarcă certificatul pe betfair.es și testează din nou.',
    action: { label: 'Deschide betfair.es', target: 'website-es' },
  },
  DENMARK_MIGRATION_REQUIRED: {
    title: 'Contul trebuie mutat la Betfair Danemarca',
    meaning: 'Contul trebuie mai întâi mutat pe site-ul danez Betfair.',
    whatToDo:
      'Conectează-te pe betfair.dk în browser și urmează pașii. Reține că, pentru conturile daneze, conectarea pentru boți nu există deloc: aplicația ta va avea nevoie de conectarea interactivă Betfair.',
    action: { label: 'Deschide betfair.dk', target: 'website-dk' },
  },
  SPANISH_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'Trebuie să accepți noii termeni Betfair Spania',
    meaning: 'Betfair Spania are termeni și condiții noi pe care acest cont nu i-a acceptat încă.',
    whatToDo:
      'Conectează-te pe betfair.es în browser, acceptă termenii noi când îți sunt afișați, apoi testează din nou.',
    action: { label: 'Deschide betfair.es', target: 'website-es' },
  },
  ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED: {
    title: 'Trebuie să accepți noul contract Betfair Italia',
    meaning: 'Betfair Italia are o versiune nouă a contractului, pe care acest cont nu a acceptat-o încă.',
    whatToDo:
      'Conectează-te pe betfair.it în browser, acceptă contractul nou când îți este afișat, apoi testează din nou.',
    action: { label: 'Deschide betfair.it', target: 'website-it' },
  },
  CERT_AUTH_REQUIRED: {
    title: 'Certificat nerecunoscut',
    meaning:
      'Betfair nu a acceptat conectarea cu acest certificat. De cele mai multe ori, certificatul nu a fost încă încărcat în acest cont, este încărcat alt certificat sau a fost încărcat pe alt site Betfair.',
    whatToDo: (c) =>
      `Deschide pagina de securitate de pe ${c.site}, găsește „Automated Betting Program Access” (accesul pentru programe automate de pariere) și verifică dacă certificatul listat acolo este cel pe care îl testezi (compară numele și data de expirare). Dacă nu, încarcă acolo fișierul .crt. Încărcarea și testul trebuie să folosească același site Betfair, așa că verifică țara aleasă. Apoi testează din nou.`,
    action: { label: (c) => `Deschide pagina de securitate de pe ${c.site}`, target: 'security-page' },
  },
  CHANGE_PASSWORD_REQUIRED: {
    title: 'Trebuie să schimbi parola',
    meaning: 'Betfair vrea să alegi o parolă nouă înainte să te conectezi din nou.',
    whatToDo: (c) =>
      `Conectează-te pe ${c.site} în browser și schimbă parola când ți se cere. Apoi testează din nou cu parola nouă.`,
    action: { label: openSite, target: 'website' },
  },
  PERSONAL_MESSAGE_REQUIRED: {
    title: 'Te așteaptă un mesaj de la Betfair',
    meaning: 'Betfair are pentru tine un mesaj personal care trebuie citit înainte să te poți conecta.',
    whatToDo: (c) => `Conectează-te pe ${c.site} în browser, citește mesajul și confirmă-l. Apoi testează din nou.`,
    action: { label: openSite, target: 'website' },
  },
  INTERNATIONAL_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'Trebuie să accepți noii termeni Betfair',
    meaning: 'Termenii și condițiile Betfair s-au schimbat, iar acest cont nu i-a acceptat încă pe cei noi.',
    whatToDo: (c) =>
      `Conectează-te pe ${c.site} în browser, acceptă termenii noi când îți sunt afișați, apoi testează din nou.`,
    action: { label: openSite, target: 'website' },
  },
  EMAIL_LOGIN_NOT_ALLOWED: {
    title: 'Adresă de e-mail folosită în loc de numele de utilizator',
    meaning:
      'Numele de utilizator arată ca o adresă de e-mail, iar acest cont nu este configurat să se conecteze cu adresa de e-mail.',
    whatToDo: (c) =>
      `Scrie în schimb numele de utilizator Betfair. Dacă nu îl știi, conectează-te pe ${c.site} și uită-te la detaliile contului.`,
    action: { label: openSite, target: 'website' },
  },
  MULTIPLE_USERS_WITH_SAME_CREDENTIAL: {
    title: 'Mai multe conturi corespund acestor date',
    meaning:
      'Mai multe conturi Betfair corespund datelor introduse (adesea o adresă de e-mail folosită de mai multe conturi), așa că Betfair nu știe la care te referi.',
    whatToDo: `Folosește numele de utilizator al contului în locul adresei de e-mail. Dacă nu ajută, ${support}.`,
  },
  ACCOUNT_PENDING_PASSWORD_CHANGE: {
    title: 'E nevoie de recuperarea parolei',
    meaning: 'Contul trebuie să treacă prin recuperarea parolei înainte de a putea fi folosit din nou.',
    whatToDo:
      'Folosește pagina Betfair de recuperare a parolei ca să setezi o parolă nouă, apoi testează din nou cu ea.',
    action: { label: 'Recuperează parola', target: 'recover-password' },
  },
  TEMPORARY_BAN_TOO_MANY_REQUESTS: {
    title: 'Prea multe conectări: Betfair le-a oprit pentru 20 de minute',
    meaning:
      'Betfair a numărat pentru acest cont mai multe conectări reușite într-un minut decât permite și refuză acum conectări noi timp de 20 de minute.',
    whatToDo:
      'Așteaptă 20 de minute: aplicația nu va trimite altă conectare de test până atunci. Între timp, asigură-te că niciun bot sau script nu se tot conectează cu acest cont.',
  },
  ITALIAN_PROFILING_ACCEPTANCE_REQUIRED: {
    title: 'Trebuie să accepți condițiile Betfair Italia',
    meaning:
      'Betfair Italia îți cere să accepți noile condiții (despre cum sunt folosite datele tale) înainte să te conectezi.',
    whatToDo:
      'Conectează-te pe betfair.it în browser, acceptă condițiile când îți sunt afișate, apoi testează din nou.',
    action: { label: 'Deschide betfair.it', target: 'website-it' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: {
    title: 'Contul nu corespunde site-ului românesc',
    meaning:
      'Betfair România (betfair.ro) și acest cont nu merg împreună: acel site acceptă doar conturi deschise pe betfair.ro.',
    whatToDo: (c) =>
      c.jurisdiction === 'ro'
        ? 'Alege în locul României țara în care ți-ai deschis contul (pentru cei mai mulți este Internațional, betfair.com), încarcă certificatul pe acel site, apoi testează din nou.'
        : 'Betfair spune că acest cont aparține Betfair România. Alege România în acest asistent, încarcă certificatul pe betfair.ro, apoi testează din nou.',
    action: { label: 'Deschide betfair.ro', target: 'website-ro' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: {
    title: 'Contul nu corespunde site-ului suedez',
    meaning:
      'Betfair Suedia (betfair.se) și acest cont nu merg împreună: acel site acceptă doar conturi deschise pe betfair.se.',
    whatToDo: (c) =>
      c.jurisdiction === 'se'
        ? 'Alege în locul Suediei țara în care ți-ai deschis contul (pentru cei mai mulți este Internațional, betfair.com), încarcă certificatul pe acel site, apoi testează din nou.'
        : 'Betfair spune că acest cont aparține Betfair Suedia. Alege Suedia în acest asistent, încarcă certificatul pe betfair.se, apoi testează din nou.',
    action: { label: 'Deschide betfair.se', target: 'website-se' },
  },
  SWEDEN_NATIONAL_IDENTIFIER_REQUIRED: {
    title: 'E nevoie de codul numeric personal suedez',
    meaning:
      'Betfair Suedia are nevoie de codul tău numeric personal suedez (personnummer) înainte să te poți conecta.',
    whatToDo:
      'Conectează-te pe betfair.se în browser și introdu codul numeric personal acolo unde ți se cere, apoi testează din nou.',
    action: { label: 'Deschide betfair.se', target: 'website-se' },
  },
  SWEDEN_BANK_ID_VERIFICATION_REQUIRED: {
    title: 'E nevoie de verificarea suedeză BankID',
    meaning: 'Betfair Suedia îți cere să confirmi cine ești cu BankID înainte să te poți conecta.',
    whatToDo: 'Conectează-te pe betfair.se în browser și finalizează verificarea BankID, apoi testează din nou.',
    action: { label: 'Deschide betfair.se', target: 'website-se' },
  },
  ACTIONS_REQUIRED: {
    title: 'Betfair are nevoie de mai multe informații',
    meaning: 'Din cont lipsesc unele informații, iar Betfair le vrea înainte să te conectezi.',
    whatToDo: (c) => `Conectează-te pe ${c.site} în browser și completează ce ți se cere. Apoi testează din nou.`,
    action: { label: openSite, target: 'website' },
  },
  INPUT_VALIDATION_ERROR: {
    title: 'Betfair nu a putut citi cererea',
    meaning:
      'Betfair a răspuns că o parte din cererea de conectare nu avea forma așteptată. Aplicația o trimite așa cum e documentat, deci cauza obișnuită este o valoare goală sau neobișnuită.',
    whatToDo:
      'Verifică dacă cheia de aplicație (copiaz-o din nou din paginile Betfair pentru dezvoltatori) și numele de utilizator au spații sau caractere în plus, apoi testează din nou. Dacă se repetă, contactează asistența Betfair pentru dezvoltatori și spune-le ora testului.',
    action: { label: 'Deschide asistența Betfair pentru dezvoltatori', target: 'developer-support' },
  },
  MIGRATION_REQUIRED: {
    title: 'Contul brazilian trebuie mutat pe betfair.bet.br',
    meaning:
      'Pentru clienții din Brazilia: din 1 ianuarie 2025 contul trebuie mutat pe site-ul brazilian Betfair înainte să se poată conecta.',
    whatToDo: 'Conectează-te pe betfair.bet.br în browser și urmează pașii pentru mutarea contului.',
    action: { label: 'Deschide betfair.bet.br', target: 'website-bet-br' },
  },
  TERMS_AND_CONDITIONS: {
    title: 'Trebuie să accepți noii termeni Betfair Brazilia',
    meaning:
      'Pentru clienții din Brazilia: din 1 ianuarie 2025 noii termeni Betfair trebuie acceptați pe site-ul brazilian.',
    whatToDo: 'Conectează-te pe betfair.bet.br în browser și acceptă noii termeni și condiții, apoi testează din nou.',
    action: { label: 'Deschide betfair.bet.br', target: 'website-bet-br' },
  },
};

/** For a code the catalogue does not know (a future Betfair code). */
export const UNKNOWN_STATUS_TEXT: Messages['UNKNOWN_STATUS_TEXT'] = {
  title: 'Betfair a răspuns cu un cod necunoscut',
  meaning: (code: string): string =>
    `Betfair a răspuns „${code}”, un cod pe care aplicația nu îl cunoaște încă. Conectarea nu a reușit.`,
  whatToDo: (ctx: StatusTextContext, code: string): string =>
    `Conectează-te pe ${ctx.site} în browser ca să vezi dacă ți se cere ceva. Dacă nu, contactează asistența pentru clienți Betfair și menționează codul ${code}.`,
  actionLabel: 'Deschide asistența Betfair pentru dezvoltatori',
};
