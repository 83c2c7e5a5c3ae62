import type { CoreMessages } from './messages.js';

export const de: CoreMessages = {
  deviceTitle: 'Welches Gerät lädt nicht?',
  deviceBody: 'Wählen Sie das am besten passende Gerät: Davon hängen die Schritte und die Hinweise zur Garantie ab.',
  ageTitle: 'Wie lange ist der Kauf her?',
  ageBody: 'Das Datum auf dem Kaufbeleg oder der Bestellbestätigung entscheidet, ob eine Rückgabe, ein Garantieanspruch oder eine Reparatur der richtige Weg ist.',
  ageOptions: {
    return: 'Bis zu {days}',
    warranty: '{days} bis {warranty}',
    warrantyNoReturn: 'Weniger als {warranty}',
    lifespan: '{warranty} bis {lifespan}',
    'past-lifespan': 'Mehr als {lifespan}',
    unknown: 'Ich bin mir nicht sicher',
  },
  actionOptions: {
    fixed: 'Es lädt jetzt',
    'not-fixed': 'Es lädt immer noch nicht',
    skip: 'Das geht bei mir nicht',
  },
  outcomes: {
    resolved: {
      title: 'Das Gerät lädt wieder',
      body: 'Gute Nachricht. Die wahrscheinlichste Ursache war: {cause}. Falls das Problem erneut auftritt, beginnen Sie mit dem Schritt, der diesmal geholfen hat.',
    },
    'safety-stop': {
      title: 'Stopp: Gerät nicht benutzen und nicht laden',
      body:
        'Ein Akku, der aufgebläht oder heiß ist, ungewöhnlich riecht, raucht oder ausläuft, kann in Brand geraten. Ziehen Sie das Ladegerät aus der Steckdose, wenn das möglich ist, ohne das Produkt zu berühren, und laden Sie es nicht wieder auf. ' +
        'Lassen Sie es auf einer harten Unterlage liegen, fern von allem, was brennen kann (nicht auf einem Bett oder Sofa). Wenn es raucht oder brennt, entfernen Sie sich davon und rufen Sie die Feuerwehr. ' +
        'Werfen Sie es niemals in den Hausmüll: Der Hersteller oder eine Sammelstelle für Altbatterien nimmt es zurück.',
    },
    refund: {
      title: 'Rückgabe gegen Erstattung oder Umtausch',
      body: 'Die Rückgabefrist ({days}) läuft noch. Am schnellsten kommen Sie deshalb zum Ziel, wenn Sie das Gerät dort zurückgeben, wo Sie es gekauft haben, und sich den Kaufpreis erstatten lassen oder es umtauschen. Bringen Sie, falls vorhanden, den Kaufbeleg, das Kabel und die Verpackung mit.',
    },
    'warranty-claim': {
      title: 'Garantie in Anspruch nehmen',
      body: 'Die Garantiezeit ({warranty}) läuft noch. Über einen Garantieanspruch sollte das Gerät daher kostenlos repariert oder ersetzt werden. Öffnen Sie es nicht und lassen Sie es vorher nicht anderswo reparieren: Dadurch kann die Garantie erlöschen.',
    },
    repair: {
      title: 'Reparieren lassen',
      body: 'Die Garantiezeit ({warranty}) ist abgelaufen. Ein Akku wie dieser hält aber meist {lifespan}, und so alt ist das Gerät noch nicht. Eine Reparatur kann sich daher lohnen. Fragen Sie beim Hersteller oder in einer Reparaturwerkstatt nach einem Kostenvoranschlag. Öffnen Sie das Gerät nicht selbst: Ein beschädigter Akku kann in Brand geraten.',
    },
    replace: {
      title: 'Zeit für ein neues Gerät',
      body: 'Die Garantiezeit ({warranty}) ist abgelaufen, und ein Akku wie dieser hält meist {lifespan}. Das Gerät ist bereits älter, deshalb lohnt sich eine Reparatur selten. Geben Sie das alte Gerät zum Recycling bei einer Sammelstelle für Altbatterien ab, niemals in den Hausmüll.',
    },
    'contact-support': {
      title: 'An den Kundendienst wenden',
      body: 'Mit diesen Schritten ließ sich das Problem nicht lösen. Der Kundendienst des Herstellers kann hier weiterhelfen: Schicken Sie ihm die Zusammenfassung, damit er weiß, was Sie bereits versucht haben.',
    },
  },
  unknownCause: 'eine der einfachen Ursachen',
  warrantyLink: '{brand}-Garantie',
  supportLink: '{brand}-Kundendienst',
  summary: {
    heading: 'Ladeproblem: Zusammenfassung der Fehlersuche',
    device: 'Gerät',
    noDevice: 'noch nicht ausgewählt',
    purchased: 'Kaufdatum',
    notGiven: 'nicht angegeben',
    shopperSaid: 'laut Kundenangabe: {answer}',
    bands: {
      return: 'Rückgabefrist ({days}) läuft noch',
      warranty: 'Garantiezeit ({warranty}) läuft noch',
      lifespan: 'Garantiezeit ({warranty}) abgelaufen',
      'past-lifespan': 'Garantiezeit ({warranty}) abgelaufen, übliche Lebensdauer ({lifespan}) überschritten',
      unknown: 'Alter unbekannt',
    },
    steps: 'Schritte',
    noSteps: 'noch keine',
    result: 'Ergebnis',
    inProgress: 'noch nicht abgeschlossen',
    causes: 'Wahrscheinliche Ursachen',
  },
};
