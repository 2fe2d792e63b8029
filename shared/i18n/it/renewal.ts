/** Rinnovare il certificato senza fermare il bot (shared/renewal.ts): la scheda della dashboard e le sue risposte. */
import type { Messages } from '../messages.js';

export const RENEWAL_TEXT: Messages['RENEWAL_TEXT'] = {
  heading: 'Rinnova il tuo certificato',
  plan: [
    'L’app crea un nuovo certificato in una cartella a parte, accanto a quello che usa il tuo bot. Nulla di ciò che il bot legge cambia: continua a funzionare.',
    'Carichi il nuovo certificato su Betfair. Betfair tiene un solo certificato per conto, quindi da quel momento accede solo quello nuovo. Un bot già collegato mantiene la sua sessione; solo il suo prossimo login ha bisogno dei nuovi file.',
    'Subito dopo il caricamento, sostituisci due file sulla macchina del bot: certs/client-2048.crt e certs/client-2048.key nella cartella del bot. I nuovi hanno gli stessi nomi, quindi nessuna impostazione del bot cambia.',
    'Provi qui il nuovo certificato. Solo se funziona prende il posto del vecchio; il vecchio resta in una cartella di archivio finché non lo elimini.',
  ],
  start: 'Crea il nuovo certificato',
  notNow: 'Non ora',
  making: 'Creazione del nuovo certificato…',
  inProgress: {
    'not-uploaded': 'Rinnovo in corso: il nuovo certificato non è ancora caricato.',
    'not-tested': 'Rinnovo in corso: il nuovo certificato è caricato ma non ancora provato.',
  },
  nextUpload:
    'Prossimo passo: carica il nuovo certificato nella pagina di sicurezza di Betfair, poi premi «L’ho caricato». Fino ad allora il tuo bot continua a funzionare con quello vecchio.',
  nextTest:
    'Prossimo passo: sostituisci i due file sulla macchina del bot (qui sotto), poi prova qui il login con il nuovo certificato.',
  newCertificate: (name: string, fingerprint: string) =>
    `Nuovo certificato: ${name} (l’impronta inizia con ${fingerprint})`,
  working: (name: string, date: string) => `Il tuo bot usa ancora: ${name}, scade il ${date}`,
  showNew: 'Mostra il file del nuovo certificato',
  uploaded: 'L’ho caricato',
  testNew: 'Prova il nuovo certificato',
  cancel: 'Annulla il rinnovo',
  cancelTitle: 'Annullare il rinnovo?',
  cancelText:
    'Torni al certificato in uso, senza modifiche. Il nuovo certificato non viene eliminato: va nella cartella di archivio.',
  cancelTextUploaded: (path: string) =>
    `Torni al certificato in uso, senza modifiche; il nuovo va nella cartella di archivio. Hai già caricato il nuovo certificato e Betfair ne tiene uno solo: carica di nuovo quello in uso (${path}), altrimenti il tuo bot non può accedere.`,
  keepGoing: 'Continua il rinnovo',
  botFilesHeading: 'Sulla macchina del bot',
  botFiles: (dir: string) =>
    `Nella cartella del bot, sostituisci certs/client-2048.crt e certs/client-2048.key con i due file in ${dir}. Mantieni i nomi e la cartella: le impostazioni del bot non cambiano.`,
  showBotFiles: 'Mostra i file per il bot',
  keystoreKits:
    'Un kit .NET o Java legge un file .pfx o .p12: dopo la prova, crea un nuovo kit con «Prepara il mio bot» e sostituisci quel file nella cartella del bot.',
  doneHeading: 'Rinnovo completato: il nuovo certificato funziona',
  done: 'Il nuovo certificato è ora quello in uso, con gli stessi nomi di file nella stessa cartella.',
  archive: (dir: string) =>
    `Il vecchio certificato è conservato in ${dir} (solo tu puoi aprirlo). Eliminalo quando il tuo bot ha fatto il login con il nuovo certificato: fino ad allora è la tua via di ritorno.`,
  deleteArchive: 'Elimina i vecchi certificati',
  deleteTitle: 'Eliminare i vecchi certificati?',
  deleteText: (dir: string) =>
    `Questo elimina ${dir} e ogni certificato e chiave al suo interno. Fallo solo quando il tuo bot ha fatto il login con il nuovo certificato.`,
  deleteConfirm: 'Elimina',
  closeDone: 'Chiudi questa nota',
  afterTest: (dir: string) =>
    `Il tuo bot ha bisogno dei nuovi file: nella sua cartella sostituisci certs/client-2048.crt e certs/client-2048.key con i due in ${dir}, poi riavvialo o lascia che rifaccia il login.`,
  kitOutdated: (folder: string) =>
    `${folder} contiene un certificato vecchio: il suo bot non può accedere con quello. Sostituisci i file del certificato o crea un nuovo kit.`,
  testedCertificate: (name: string, fingerprint: string) =>
    `Il certificato provato: ${name}, l’impronta inizia con ${fingerprint}. Confrontalo con quello nella pagina di Betfair.`,
  errors: {
    noRenewal: 'Nessun rinnovo in corso. Premi «Rinnova il certificato» per iniziarne uno.',
    notUploaded: 'Carica prima il nuovo certificato su Betfair, poi premi «L’ho caricato».',
    filesMissing:
      'I file del rinnovo non sono più dove l’app li ha creati. Annulla il rinnovo e ricomincia; il certificato in uso non è stato toccato.',
    notWritten:
      'L’app non è riuscita a scrivere il nuovo certificato accanto a quello in uso. Controlla che nella cartella si possa scrivere e che ci sia spazio libero; il certificato in uso non è stato toccato.',
    notMoved:
      'Il nuovo certificato funziona, ma l’app non è riuscita a metterlo al posto di quello in uso. Non si è perso nulla: entrambi sono dove erano. Riprova.',
    archiveNotDeleted: 'Non è stato possibile eliminare la cartella di archivio. Eliminala tu dal gestore dei file.',
  },
};
