/**
 * Vad varje loginStatus från Betfair betyder, på enkel svenska för en läsare utan teknisk bakgrund: en kort
 * rubrik, vad som hände och nästa steg. `{site}`-detaljer kommer från sammanhanget (användarens egen Betfair-sida).
 */
import type { Messages } from '../messages.js';
import type { StatusTextContext } from '../text-types.js';

const SUPPORT = 'Kontakta Betfairs kundtjänst';
/** Samma uppmaning mitt i en mening (Betfair behåller sin stora bokstav). */
const SUPPORT_LC = 'kontakta Betfairs kundtjänst';
const NO_RETRY = 'Ett nytt test ger samma svar.';
const REGULATOR_SIDE = `Det här är ett problem hos Betfair eller spelmyndigheten, inte hos dig. Vänta några minuter och testa igen; om det består, ${SUPPORT_LC}.`;

const openSite = (ctx: StatusTextContext): string => `Öppna ${ctx.site}`;

export const LOGIN_STATUS_TEXT: Messages['LOGIN_STATUS_TEXT'] = {
  SUCCESS: {
    title: 'Din botinloggning fungerar',
    meaning: 'Betfair godtog certifikatet, användarnamnet och lösenordet tillsammans och öppnade en session.',
    whatToDo:
      'Du behöver inte göra något mer här. Din bot kan logga in med samma certifikatfiler, applikationsnyckel och användarnamn. Håll nyckelfilen hemlig.',
  },
  INVALID_USERNAME_OR_PASSWORD: {
    title: 'Användarnamnet eller lösenordet godtogs inte',
    meaning: 'Betfair godtog inte det här användarnamnet och lösenordet tillsammans.',
    whatToDo: (c) =>
      `Kontrollera båda genom att logga in på ${c.site} i din webbläsare. Använd ditt användarnamn hos Betfair (inte din e-postadress), och se upp med Caps Lock och mellanslag i början eller slutet. Flera felaktiga försök i rad kan låsa kontot, så kontrollera innan du testar igen. Glömt lösenordet? Återställ det på ${c.site}.`,
    action: { label: 'Återställ mitt lösenord', target: 'recover-password' },
  },
  ACCOUNT_NOW_LOCKED: {
    title: 'Kontot låstes nyss',
    meaning: 'Det här försöket var ett felaktigt lösenord för mycket: Betfair har nu låst kontot.',
    whatToDo: (c) =>
      `Det hjälper inte att vänta. Lås upp kontot med stegen för glömt lösenord på ${c.site}, eller ${SUPPORT_LC}. Testa sedan igen med det nya lösenordet.`,
    action: { label: 'Återställ mitt lösenord', target: 'recover-password' },
  },
  ACCOUNT_ALREADY_LOCKED: {
    title: 'Kontot är låst',
    meaning: 'Kontot var redan låst före det här försöket, oftast efter flera felaktiga lösenord.',
    whatToDo: (c) =>
      `Det hjälper inte att vänta. Använd stegen för glömt lösenord på ${c.site}, eller ${SUPPORT_LC}, och testa sedan igen.`,
    action: { label: 'Återställ mitt lösenord', target: 'recover-password' },
  },
  PENDING_AUTH: {
    title: 'Kontot granskas fortfarande',
    meaning: 'Betfair har inte verifierat eller färdigställt det här kontot än.',
    whatToDo: (c) =>
      `Logga in på ${c.site} i din webbläsare och slutför det som efterfrågas. Om inget efterfrågas, ${SUPPORT_LC}; att bara vänta hjälper kanske inte.`,
    action: { label: openSite, target: 'website' },
  },
  TELBET_TERMS_CONDITIONS_NA: {
    title: 'Villkoren för telefonspel har avböjts',
    meaning:
      'Villkoren för Betfairs tjänst för spel via telefon har avböjts på det här kontot, så det kan inte logga in på det här sättet.',
    whatToDo: `${SUPPORT} och be dem ordna villkoren för telefonspel på ditt konto. ${NO_RETRY}`,
  },
  DUPLICATE_CARDS: {
    title: 'Betalkortet används på ett annat konto',
    meaning:
      'Ett betalkort på det här kontot är också registrerat på ett annat Betfair-konto, så inloggningen är spärrad.',
    whatToDo: `${SUPPORT}: bara de kan lösa det här. ${NO_RETRY}`,
  },
  SECURITY_QUESTION_WRONG_3X: {
    title: 'Fel svar på säkerhetsfrågan tre gånger',
    meaning: 'Svaret på säkerhetsfrågan var fel tre gånger, så Betfair spärrar inloggningar.',
    whatToDo: `${SUPPORT} för att få spärren hävd. Att bara vänta hjälper inte.`,
  },
  KYC_SUSPEND: {
    title: 'Identitetskontroll behövs',
    meaning:
      'Kontot är tillfälligt spärrat tills Betfair har kontrollerat vem du är (kundkännedomskontrollen, "know your customer").',
    whatToDo: (c) =>
      `Logga in på ${c.site} i din webbläsare och skicka de dokument som efterfrågas, eller ${SUPPORT_LC}. Testa igen när Betfair har verifierat dig.`,
    action: { label: openSite, target: 'website' },
  },
  SUSPENDED: {
    title: 'Kontot är avstängt',
    meaning: 'Betfair har stängt av det här kontot.',
    whatToDo: `${SUPPORT} för att få veta varför och vad som krävs för att häva avstängningen. ${NO_RETRY}`,
  },
  CLOSED: {
    title: 'Kontot är stängt',
    meaning: 'Det här Betfair-kontot har stängts.',
    whatToDo: `${SUPPORT} om du vill öppna det igen, eller testa med ett annat konto.`,
  },
  SELF_EXCLUDED: {
    title: 'Kontot är självavstängt',
    meaning: 'Kontot omfattas av en självavstängning, så det går inte att logga in just nu.',
    whatToDo: `Inloggning är spärrad tills självavstängningen upphör. Om du har frågor, ${SUPPORT_LC}.`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_DK: {
    title: 'Den danska spelmyndigheten gick inte att nå',
    meaning:
      'Betfair fick inte svar i tid från den danska spelmyndighetens system, så inloggningen kunde inte slutföras.',
    whatToDo: REGULATOR_SIDE,
  },
  NOT_AUTHORIZED_BY_REGULATOR_DK: {
    title: 'Inte tillåtet av den danska spelmyndigheten',
    meaning: 'Den danska spelmyndighetens regler tillåter inte att det här kontot spelar i Danmark.',
    whatToDo: `${SUPPORT} för att ta reda på vad som krävs. ${NO_RETRY}`,
  },
  INVALID_CONNECTIVITY_TO_REGULATOR_IT: {
    title: 'Den italienska spelmyndigheten gick inte att nå',
    meaning:
      'Betfair fick inte svar i tid från den italienska spelmyndighetens system, så inloggningen kunde inte slutföras.',
    whatToDo: REGULATOR_SIDE,
  },
  NOT_AUTHORIZED_BY_REGULATOR_IT: {
    title: 'Inte tillåtet av den italienska spelmyndigheten',
    meaning: 'Den italienska spelmyndighetens regler tillåter inte att det här kontot spelar i Italien.',
    whatToDo: `${SUPPORT} för att ta reda på vad som krävs. ${NO_RETRY}`,
  },
  SECURITY_RESTRICTED_LOCATION: {
    title: 'Kontot är begränsat av säkerhetsskäl',
    meaning: 'Betfair har begränsat kontot på grund av en säkerhetsrisk.',
    whatToDo: `${SUPPORT} för att få kontot granskat. ${NO_RETRY}`,
  },
  BETTING_RESTRICTED_LOCATION: {
    title: 'Spel är inte tillåtet från den här platsen',
    meaning: 'Inloggningen kom från ett land eller nätverk där Betfair inte tillåter spel.',
    whatToDo:
      'Kör testet, och din bot, från en plats där Betfair är tillåtet. Om du är i ett tillåtet land kan en VPN-tjänst eller en hyrd server utomlands få det att se ut som att du är någon annanstans: stäng av VPN-tjänsten eller använd en server i ditt eget land. Fråga kundtjänst om du är osäker.',
  },
  TRADING_MASTER: {
    title: 'Huvudkonto för trading',
    meaning: 'Det här är ett huvudkonto för trading (trading master), som inte kan logga in på det här sättet.',
    whatToDo: `Logga in med kontot som din bot ska spela med i stället, eller ${SUPPORT_LC} och fråga vilket konto du ska använda.`,
  },
  TRADING_MASTER_SUSPENDED: {
    title: 'Huvudkontot för trading är avstängt',
    meaning: 'Det här huvudkontot för trading är avstängt.',
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  AGENT_CLIENT_MASTER: {
    title: 'Huvudkonto för ombud',
    meaning: 'Det här är ett ombuds huvudkonto (agent master), som inte kan logga in på det här sättet.',
    whatToDo: `Logga in med ett kundkonto i stället, eller ${SUPPORT_LC} och fråga vilket konto du ska använda.`,
  },
  AGENT_CLIENT_MASTER_SUSPENDED: {
    title: 'Huvudkontot för ombud är avstängt',
    meaning: 'Det här ombudets huvudkonto är avstängt.',
    whatToDo: `${SUPPORT}. ${NO_RETRY}`,
  },
  DANISH_AUTHORIZATION_REQUIRED: {
    title: 'Dansk auktorisering behövs',
    meaning:
      'Det här kontot behöver den danska auktoriseringen, och den kan bara göras via den interaktiva inloggningen.',
    whatToDo: `Botinloggning finns inte för danska konton. Logga in på betfair.dk i din webbläsare och låt din app använda Betfairs interaktiva inloggning. Om ditt konto inte borde vara danskt, ${SUPPORT_LC}.`,
    action: { label: 'Öppna betfair.dk', target: 'website-dk' },
  },
  SPAIN_MIGRATION_REQUIRED: {
    title: 'Flytt till Betfair Spanien behövs',
    meaning: 'Kontot måste först flyttas till Betfairs spanska sida.',
    whatToDo:
      'Logga in på betfair.es i din webbläsare och följ stegen för att flytta ditt konto. Välj sedan Spanien i guiden, ladda upp certifikatet på betfair.es och testa igen.',
    action: { label: 'Öppna betfair.es', target: 'website-es' },
  },
  DENMARK_MIGRATION_REQUIRED: {
    title: 'Flytt till Betfair Danmark behövs',
    meaning: 'Kontot måste först flyttas till Betfairs danska sida.',
    whatToDo:
      'Logga in på betfair.dk i din webbläsare och följ stegen. Observera att danska konton inte kan använda botinloggning alls: din app kommer att behöva Betfairs interaktiva inloggning.',
    action: { label: 'Öppna betfair.dk', target: 'website-dk' },
  },
  SPANISH_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'Nya spanska villkor att godkänna',
    meaning: 'Betfair Spanien har nya villkor som det här kontot inte har godkänt än.',
    whatToDo: 'Logga in på betfair.es i din webbläsare, godkänn de nya villkoren när de visas och testa sedan igen.',
    action: { label: 'Öppna betfair.es', target: 'website-es' },
  },
  ITALIAN_CONTRACT_ACCEPTANCE_REQUIRED: {
    title: 'Nytt italienskt avtal att godkänna',
    meaning: 'Betfair Italien har en ny version av sitt avtal som det här kontot inte har godkänt än.',
    whatToDo: 'Logga in på betfair.it i din webbläsare, godkänn det nya avtalet när det visas och testa sedan igen.',
    action: { label: 'Öppna betfair.it', target: 'website-it' },
  },
  CERT_AUTH_REQUIRED: {
    title: 'Certifikatet känns inte igen',
    meaning:
      'Betfair kunde inte logga in med det här certifikatet. Oftast har certifikatet inte laddats upp till det här kontot än, ett annat certifikat är uppladdat, eller så laddades det upp på en annan Betfair-sida.',
    whatToDo: (c) =>
      `Öppna säkerhetssidan på ${c.site}, leta upp delen "Automated Betting Program Access" (åtkomst för automatiska spelprogram) och kontrollera att certifikatet som står där är det som du testar (jämför namn och utgångsdatum). Om inte, ladda upp din .crt-fil där. Uppladdningen och testet måste använda samma Betfair-sida, så kontrollera landet du valde. Testa sedan igen.`,
    action: { label: (c) => `Öppna säkerhetssidan på ${c.site}`, target: 'security-page' },
  },
  CHANGE_PASSWORD_REQUIRED: {
    title: 'Byte av lösenord behövs',
    meaning: 'Betfair vill att du väljer ett nytt lösenord innan du loggar in igen.',
    whatToDo: (c) =>
      `Logga in på ${c.site} i din webbläsare och byt lösenord när du blir ombedd. Testa sedan igen med det nya.`,
    action: { label: openSite, target: 'website' },
  },
  PERSONAL_MESSAGE_REQUIRED: {
    title: 'Ett meddelande från Betfair väntar',
    meaning: 'Betfair har ett personligt meddelande till dig som måste läsas innan du kan logga in.',
    whatToDo: (c) => `Logga in på ${c.site} i din webbläsare, läs meddelandet och bekräfta det. Testa sedan igen.`,
    action: { label: openSite, target: 'website' },
  },
  INTERNATIONAL_TERMS_ACCEPTANCE_REQUIRED: {
    title: 'Nya villkor från Betfair att godkänna',
    meaning: 'Betfairs villkor har ändrats och det här kontot har inte godkänt de nya än.',
    whatToDo: (c) =>
      `Logga in på ${c.site} i din webbläsare, godkänn de nya villkoren när de visas och testa sedan igen.`,
    action: { label: openSite, target: 'website' },
  },
  EMAIL_LOGIN_NOT_ALLOWED: {
    title: 'E-postadress i stället för användarnamn',
    meaning:
      'Användarnamnet ser ut som en e-postadress, och det här kontot är inte inställt för inloggning med e-postadress.',
    whatToDo: (c) =>
      `Skriv ditt användarnamn hos Betfair i stället. Om du inte vet vad det är, logga in på ${c.site} och titta i dina kontouppgifter.`,
    action: { label: openSite, target: 'website' },
  },
  MULTIPLE_USERS_WITH_SAME_CREDENTIAL: {
    title: 'Flera konton matchar uppgifterna',
    meaning:
      'Mer än ett Betfair-konto matchar det du skrev (ofta en e-postadress som flera konton delar), så Betfair kan inte avgöra vilket du menar.',
    whatToDo: `Använd kontots användarnamn i stället för en e-postadress. Om det inte hjälper, ${SUPPORT_LC}.`,
  },
  ACCOUNT_PENDING_PASSWORD_CHANGE: {
    title: 'Återställning av lösenord behövs',
    meaning: 'Lösenordet för kontot måste återställas innan kontot kan användas igen.',
    whatToDo: 'Återställ lösenordet på Betfairs sida för glömt lösenord och testa sedan igen med det nya lösenordet.',
    action: { label: 'Återställ mitt lösenord', target: 'recover-password' },
  },
  TEMPORARY_BAN_TOO_MANY_REQUESTS: {
    title: 'För många inloggningar: Betfair pausade dem i 20 minuter',
    meaning:
      'Betfair räknade fler lyckade inloggningar för det här kontot på en minut än tillåtet, och nekar nu nya inloggningar i 20 minuter.',
    whatToDo:
      'Vänta 20 minuter: appen skickar ingen ny testinloggning före dess. Se under tiden till att ingen bot eller inget skript fortsätter att logga in med det här kontot.',
  },
  ITALIAN_PROFILING_ACCEPTANCE_REQUIRED: {
    title: 'Italienska villkor att godkänna',
    meaning:
      'Betfair Italien vill att du godkänner de nya villkoren (om hur dina uppgifter används) innan du loggar in.',
    whatToDo: 'Logga in på betfair.it i din webbläsare, godkänn villkoren när de visas och testa sedan igen.',
    action: { label: 'Öppna betfair.it', target: 'website-it' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_RO: {
    title: 'Kontot passar inte den rumänska sidan',
    meaning:
      'Betfair Rumänien (betfair.ro) och det här kontot hör inte ihop: den sidan tar bara emot konton som öppnats på betfair.ro.',
    whatToDo: (c) =>
      c.jurisdiction === 'ro'
        ? 'Välj landet där du öppnade ditt konto i stället för Rumänien (för de flesta är det Internationell, betfair.com), ladda upp certifikatet på den sidan och testa sedan igen.'
        : 'Betfair säger att det här kontot hör till Betfair Rumänien. Välj Rumänien i guiden, ladda upp certifikatet på betfair.ro och testa sedan igen.',
    action: { label: 'Öppna betfair.ro', target: 'website-ro' },
  },
  AUTHORIZED_ONLY_FOR_DOMAIN_SE: {
    title: 'Kontot passar inte den svenska sidan',
    meaning:
      'Betfair Sverige (betfair.se) och det här kontot hör inte ihop: den sidan tar bara emot konton som öppnats på betfair.se.',
    whatToDo: (c) =>
      c.jurisdiction === 'se'
        ? 'Välj landet där du öppnade ditt konto i stället för Sverige (för de flesta är det Internationell, betfair.com), ladda upp certifikatet på den sidan och testa sedan igen.'
        : 'Betfair säger att det här kontot hör till Betfair Sverige. Välj Sverige i guiden, ladda upp certifikatet på betfair.se och testa sedan igen.',
    action: { label: 'Öppna betfair.se', target: 'website-se' },
  },
  SWEDEN_NATIONAL_IDENTIFIER_REQUIRED: {
    title: 'Svenskt personnummer behövs',
    meaning: 'Betfair Sverige behöver ditt svenska personnummer innan du kan logga in.',
    whatToDo:
      'Logga in på betfair.se i din webbläsare och ange ditt personnummer där det efterfrågas. Testa sedan igen.',
    action: { label: 'Öppna betfair.se', target: 'website-se' },
  },
  SWEDEN_BANK_ID_VERIFICATION_REQUIRED: {
    title: 'Kontroll med BankID behövs',
    meaning: 'Betfair Sverige vill att du bekräftar vem du är med BankID innan du kan logga in.',
    whatToDo: 'Logga in på betfair.se i din webbläsare och gör kontrollen med BankID. Testa sedan igen.',
    action: { label: 'Öppna betfair.se', target: 'website-se' },
  },
  ACTIONS_REQUIRED: {
    title: 'Betfair behöver fler uppgifter',
    meaning: 'Några uppgifter saknas på ditt konto, och Betfair vill ha dem innan du loggar in.',
    whatToDo: (c) => `Logga in på ${c.site} i din webbläsare och fyll i det som efterfrågas. Testa sedan igen.`,
    action: { label: openSite, target: 'website' },
  },
  INPUT_VALIDATION_ERROR: {
    title: 'Betfair kunde inte läsa begäran',
    meaning:
      'Betfair svarade att en del av inloggningsbegäran inte hade det format som Betfair väntar sig. Appen skickar begäran på det dokumenterade sättet, så den vanliga orsaken är ett tomt eller ovanligt värde.',
    whatToDo:
      'Kontrollera applikationsnyckeln (kopiera den igen från Betfairs utvecklarsidor) och användarnamnet så att inga mellanslag eller udda tecken har smugit sig in, och testa sedan igen. Om det fortsätter, kontakta Betfairs utvecklarsupport och uppge tidpunkten för testet.',
    action: { label: 'Öppna Betfairs utvecklarsupport', target: 'developer-support' },
  },
  MIGRATION_REQUIRED: {
    title: 'Brasilianskt konto måste flyttas till betfair.bet.br',
    meaning:
      'För kunder i Brasilien: sedan den 1 januari 2025 måste kontot flyttas till Betfairs brasilianska sida innan det kan logga in.',
    whatToDo: 'Logga in på betfair.bet.br i din webbläsare och följ stegen för att flytta ditt konto.',
    action: { label: 'Öppna betfair.bet.br', target: 'website-bet-br' },
  },
  TERMS_AND_CONDITIONS: {
    title: 'Nya brasilianska villkor att godkänna',
    meaning:
      'För kunder i Brasilien: sedan den 1 januari 2025 måste Betfairs nya villkor godkännas på den brasilianska sidan.',
    whatToDo: 'Logga in på betfair.bet.br i din webbläsare och godkänn de nya villkoren. Testa sedan igen.',
    action: { label: 'Öppna betfair.bet.br', target: 'website-bet-br' },
  },
};

/** För en kod som katalogen inte känner till (en framtida Betfair-kod). */
export const UNKNOWN_STATUS_TEXT: Messages['UNKNOWN_STATUS_TEXT'] = {
  title: 'Betfair svarade med en okänd kod',
  meaning: (code: string): string =>
    `Betfair svarade "${code}", en kod som appen inte känner till än. Inloggningen lyckades inte.`,
  whatToDo: (ctx: StatusTextContext, code: string): string =>
    `Logga in på ${ctx.site} i din webbläsare och se om något efterfrågas. Om inte, kontakta Betfairs kundtjänst och uppge koden ${code}.`,
  actionLabel: 'Öppna Betfairs utvecklarsupport',
};
