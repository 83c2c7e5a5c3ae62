import { launcherLabels } from './launcher-labels.js';
import type { Locale } from './types.js';

/** German: the core's and the elements' words. */
export const de: Locale = {
  tag: 'de',
  core: {
    deviceTitle: 'Welches Gerät lädt nicht?',
    deviceBody: 'Wählen Sie das am besten passende Gerät: Davon hängen die Schritte und die Hinweise zur Garantie ab.',
    ageTitle: 'Wie lange ist der Kauf her?',
    ageBody:
      'Das Datum auf dem Kaufbeleg oder der Bestellbestätigung entscheidet, ob eine Rückgabe, ein Garantieanspruch oder eine Reparatur der richtige Weg ist.',
    ageOptions: {
      return: 'Bis zu {days}',
      warranty: '{days} bis {warranty}',
      warrantyNoReturn: 'Weniger als {warranty}',
      lifespan: '{legal} bis {lifespan}',
      legal: '{warranty} bis {legal}',
      'past-lifespan': 'Mehr als {lifespan}',
      unknown: 'Ich bin mir nicht sicher',
    },
    actionOptions: {
      fixed: 'Es lädt jetzt',
      'not-fixed': 'Es lädt immer noch nicht',
      skip: 'Das geht bei mir nicht',
    },
    returnOffer: {
      title: 'Jetzt zurückgeben oder zuerst die wahrscheinlichen Lösungen ausprobieren?',
      body: 'Das Gerät hat nie funktioniert, und die Rückgabefrist ({days}) läuft noch. Sie können es also sofort zurückgeben und sich den Kaufpreis erstatten lassen oder es umtauschen. Oder Sie probieren zuerst die Schritte aus, die am ehesten helfen: Zurückgeben können Sie es danach immer noch.',
      options: {
        'return-now': 'Jetzt zurückgeben',
        'try-first': 'Zuerst die wahrscheinlichen Lösungen ausprobieren',
      },
    },
    outcomes: {
      resolved: {
        title: 'Das Gerät lädt wieder',
        body: 'Gute Nachricht. Die wahrscheinliche Ursache: {cause}. Falls das Problem erneut auftritt, beginnen Sie mit dem Schritt, der diesmal geholfen hat.',
      },
      'safety-stop': {
        title: 'Stopp: Gerät nicht benutzen und nicht laden',
        body: 'Nach Ihrer Antwort ist es nicht sicher, weiterzumachen. Tun Sie jetzt Folgendes, in dieser Reihenfolge.',
      },
      refund: {
        title: 'Rückgabe gegen Erstattung oder Umtausch',
        body: 'Die Rückgabefrist ({days}) läuft noch. Am schnellsten kommen Sie deshalb zum Ziel, wenn Sie das Gerät dort zurückgeben, wo Sie es gekauft haben, im Geschäft oder über die Website des Händlers: Sagen Sie, dass es nicht lädt und was Sie schon versucht haben. Rückgaben werden in der Regel nur vollständig, mit Kabel und Verpackung, und in wiederverkaufsfähigem Zustand angenommen.',
      },
      'warranty-claim': {
        title: 'Garantie in Anspruch nehmen',
        body: 'Die Garantiezeit ({warranty}) läuft noch, und die Garantie deckt Herstellungsfehler ab: Findet der Hersteller einen, repariert oder ersetzt er das Gerät kostenlos. Öffnen Sie es nicht und lassen Sie es vorher nicht anderswo reparieren: Dadurch kann die Garantie erlöschen.',
      },
      'legal-guarantee': {
        title: 'Den Händler um Abhilfe bitten',
        body: 'Die Herstellergarantie ({warranty}) ist abgelaufen, die Lieferung liegt aber weniger als {legal} zurück. Nach dem für {region} geltenden Verbraucherrecht muss der Händler, der das Gerät verkauft hat, ein mangelhaftes Produkt für Sie kostenlos reparieren oder ersetzen oder Ihnen, falls das nicht gelingt, Ihr Geld erstatten. Wenden Sie sich mit dem Kaufnachweis an den Händler, nicht an den Hersteller.',
      },
      repair: {
        title: 'Reparieren lassen',
        body: 'Die Garantiezeit ({warranty}) ist abgelaufen. Ein Akku wie dieser hält aber meist {lifespan}, und so alt ist das Gerät noch nicht. Außerdem kostet eine Reparatur weniger als ein neues Gerät, daher kann sie sich lohnen. Fragen Sie beim Hersteller oder in einer Reparaturwerkstatt nach einem Kostenvoranschlag. Öffnen Sie das Gerät nicht selbst: Ein beschädigter Akku kann in Brand geraten.',
      },
      replace: {
        title: 'Zeit für ein neues Gerät',
        body: 'Die Garantiezeit ({warranty}) ist abgelaufen, und ein Akku wie dieser hält meist {lifespan}. Das Gerät ist bereits älter, deshalb lohnt sich eine Reparatur selten. Geben Sie das alte Gerät zum Recycling bei einer Sammelstelle für Altbatterien ab, niemals in den Hausmüll.',
      },
      'contact-support': {
        title: 'An den Kundendienst wenden',
        body: 'Mit diesen Schritten ließ sich das Problem nicht lösen. Der Kundendienst kann hier weiterhelfen: Schicken Sie ihm die Zusammenfassung, damit er weiß, was Sie bereits versucht haben.',
      },
      'get-part': {
        title: 'Die wahrscheinliche Lösung: {part}',
        body: 'Sie konnten den Schritt, für den es nötig ist, nicht ausführen, und die wahrscheinlichste Ursache ist weiterhin: {cause}. Besorgen Sie sich eines – geliehen oder gekauft – und wiederholen Sie diesen Schritt, bevor Sie etwas anderes tun: Bei einer Rückgabe oder einem Garantieanspruch würde am Gerät selbst vermutlich kein Fehler gefunden.',
      },
    },
    replaceReasons: {
      'no-repair-service':
        'Die Garantiezeit ({warranty}) ist abgelaufen, und {brand} bietet keinen Reparaturservice an. Der richtige Weg ist deshalb, das Gerät zu ersetzen. Geben Sie das alte Gerät zum Recycling bei einer Sammelstelle für Altbatterien ab, niemals in den Hausmüll.',
      'repair-too-costly':
        'Die Garantiezeit ({warranty}) ist abgelaufen, und eine Reparatur kostet in der Regel so viel wie ein neues Gerät oder mehr. Der richtige Weg ist deshalb, das Gerät zu ersetzen. Geben Sie das alte Gerät zum Recycling bei einer Sammelstelle für Altbatterien ab, niemals in den Hausmüll.',
    },
    legalPresumed:
      'Bei einem Mangel, der sich bis {presumed} nach der Lieferung zeigt, wird vermutet, dass er von Anfang an vorhanden war; danach kann von Ihnen verlangt werden, das nachzuweisen.',
    alsoSeller:
      'Zusätzlich greift das für {region} geltende Verbraucherrecht: Der Händler, der das Gerät verkauft hat, muss einen Mangel beheben, der sich bis {legal} nach der Lieferung zeigt.',
    returnStillOpen:
      'Sie können das Gerät weiterhin zurückgeben: Die Rückgabefrist ({days}) läuft noch. Vielleicht löst dieser Schritt das Problem schon vorher.',
    wearExcluded:
      'Die Garantie von {brand} deckt Herstellungsfehler ab, nicht aber normalen Verschleiß: Ist der Akku einfach durch die Nutzung verschlissen, kann der Garantieanspruch abgelehnt werden.',
    wearDurability:
      'Zusätzlich greift das für {region} geltende Verbraucherrecht: Der Händler, der das Gerät verkauft hat, muss einen Mangel beheben, der sich bis {legal} nach der Lieferung zeigt, und ein Akku, der früher verschleißt, als man es bei einem vergleichbaren Gerät vernünftigerweise erwarten kann, gilt als Mangel.',
    legalWear:
      'Ein Akku, der durch die Nutzung allmählich verschlissen ist, gilt nur dann als Mangel, wenn er kürzer gehalten hat, als man es bei einem vergleichbaren Gerät vernünftigerweise erwarten kann: Der Händler kann verlangen, dass Sie das nachweisen.',
    stops: {
      battery: {
        title: 'Stopp: Gerät nicht benutzen und nicht laden',
        body: 'Ein Akku in diesem Zustand kann in Brand geraten. Tun Sie jetzt Folgendes, in dieser Reihenfolge.',
      },
      wet: {
        title: 'Vor dem Laden trocknen lassen',
        body: 'Wird das Gerät nass geladen, kann es dauerhaft Schaden nehmen. Lassen Sie es zuerst vollständig trocknen, und starten Sie die Fehlersuche dann erneut.',
      },
      recall: {
        title: 'Stopp: Das Gerät ist von einem Sicherheitsrückruf betroffen',
        body: 'Sein Akku kann überhitzen. Die Abhilfe des Rückrufs gilt unabhängig von Alter und Garantie: Folgen Sie den Anweisungen des Rückrufs, und werfen Sie das Gerät weder weg, noch geben Sie es selbst zum Recycling.',
      },
      'recall-unknown': {
        title: 'Vor dem Laden den Rückruf prüfen',
        body: 'Das Gerät könnte von einem Sicherheitsrückruf wegen eines Akkus betroffen sein, der überhitzen kann. Laden und benutzen Sie es nicht, solange Sie nicht wissen, dass es nicht betroffen ist.',
      },
    },
    yourRegion: 'Ihr Land',
    unknownCause: 'eine der einfachen Ursachen',
    likelihood: { 'very-likely': 'sehr wahrscheinlich', likely: 'wahrscheinlich', possible: 'möglich', unlikely: 'weniger wahrscheinlich' },
    safetyRemedy: {
      return:
        'Die Rückgabefrist ({days}) läuft noch, deshalb muss Ihnen der Händler, bei dem Sie es gekauft haben, den Kaufpreis erstatten oder das Gerät ersetzen. Sagen Sie ihm, dass es sich um einen Sicherheitsmangel am Akku handelt, und fragen Sie, wie Sie das Gerät übergeben sollen: Schicken Sie es erst ein, wenn er Ihnen das gesagt hat.',
      warranty:
        'Wenn sich ein Akku von selbst aufbläht oder überhitzt, ist das ein Herstellungsfehler, und solche Fehler deckt die Garantie ({warranty}) ab: Bitten Sie den Händler oder den Hersteller um Ersatz. Sagen Sie, dass es sich um einen Sicherheitsmangel am Akku handelt, und fragen Sie, wie Sie das Gerät übergeben sollen: Schicken Sie es erst ein, wenn man Ihnen das gesagt hat.',
      legal:
        'Die Herstellergarantie ({warranty}) ist abgelaufen, die Lieferung liegt aber weniger als {legal} zurück: Nach dem für {region} geltenden Verbraucherrecht muss der Händler, der das Gerät verkauft hat, einen Mangel kostenlos beheben. Sagen Sie ihm, dass es sich um einen Sicherheitsmangel am Akku handelt, und fragen Sie, wie Sie das Gerät übergeben sollen.',
      lifespan:
        'Die Garantiezeit ({warranty}) ist abgelaufen. Geben Sie das Gerät, sobald es abgekühlt ist, bei einer Sammelstelle für Altbatterien ab, niemals in den Hausmüll.',
      'past-lifespan':
        'Die Garantiezeit ({warranty}) ist abgelaufen. Geben Sie das Gerät, sobald es abgekühlt ist, bei einer Sammelstelle für Altbatterien ab, niemals in den Hausmüll.',
      unknown:
        'Wenn die Rückgabefrist des Händlers oder die Herstellergarantie noch läuft, ist ein Akku, der sich von selbst aufbläht oder überhitzt, ein Mangel, den der Händler bzw. der Hersteller beheben muss: Sagen Sie dem Händler oder dem Hersteller, dass es sich um einen Sicherheitsmangel am Akku handelt, und fragen Sie, wie Sie das Gerät übergeben sollen, bevor Sie es einschicken.',
    },
    safetySteps: [
      'Verwenden Sie das Gerät nicht mehr und laden Sie es nicht wieder auf.',
      'Wenn es angeschlossen ist, schalten Sie das Ladegerät an der Steckdose aus oder ziehen Sie es dort heraus, ohne das Produkt zu berühren.',
      'Bewahren Sie es auf einer harten Unterlage auf, fern von allem, was brennen kann. Wenn es raucht oder Flammen zu sehen sind, bringen Sie sich in Sicherheit und rufen Sie die Feuerwehr.',
    ],
    partTryAgain:
      'Lädt es auch damit nicht? Tippen Sie auf „Von vorn beginnen“: Diesmal können Sie den Schritt ausführen, und die nächsten Schritte folgen von dort.',
    noContact:
      'Wenden Sie sich an den Händler, bei dem Sie das Gerät gekauft haben, und zeigen Sie ihm die Zusammenfassung: Darin steht, was Sie bereits versucht haben.',
    claim: {
      start: 'Garantiefall bei {brand} melden',
      terms: 'Garantiebedingungen von {brand}: so melden Sie den Garantiefall',
      serialNumber: 'Die Seriennummer (auf der Verpackung oder dem Etikett des Geräts)',
      serialNumberAt: 'Die Seriennummer: {where}',
      proofOfPurchase: 'Kaufnachweis: der Kaufbeleg oder die Bestellbestätigung',
      proofOfOrder: 'Kaufnachweis: der Kaufbeleg oder die Bestätigung der Bestellung {order}',
    },
    warrantyLink: '{brand}-Garantie',
    supportLink: '{brand}-Kundendienst',
    refundOnline:
      'Die Rückgabefrist ({days}) läuft noch. Am schnellsten kommen Sie deshalb zum Ziel, wenn Sie das Gerät zurückgeben: Leiten Sie die Rückgabe auf der Rückgabeseite des Händlers ein und sagen Sie, dass es nicht lädt und was Sie schon versucht haben. Rückgaben werden in der Regel nur vollständig, mit Kabel und Verpackung, und in wiederverkaufsfähigem Zustand angenommen.',
    replaceAtShop: 'Neues Gerät beim Händler finden',
    theShop: 'der Händler',
    theMaker: '{brand}, der Hersteller',
    shopPage: '{site} besuchen ({who})',
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
        legal: 'Garantiezeit ({warranty}) abgelaufen, gesetzliche Gewährleistung ({legal}) läuft noch',
        lifespan: 'Garantiezeit ({warranty}) abgelaufen',
        'past-lifespan': 'Garantiezeit ({warranty}) abgelaufen, übliche Lebensdauer ({lifespan}) überschritten',
        unknown: 'Alter unbekannt',
      },
      line: '{label}: {value}',
      dateAndBand: '{date}, {band}',
      dateAndAnswer: '{date}; {answer}',
      step: '{n}. {step} → {answer}',
      likelyCause: '{cause} ({likelihood}, {percent})',
      shop: 'Händler',
      order: 'Bestellnummer',
      steps: 'Schritte',
      noSteps: 'noch keine',
      result: 'Ergebnis',
      inProgress: 'noch nicht abgeschlossen',
      causes: 'Wahrscheinliche Ursachen',
      reference: 'Referenz',
    },
  },
  ui: {
    step: 'Schritt {n}',
    progress: 'Fortschritt',
    timeLeft: 'Meist etwa {duration}',
    timeLeftWaiting: 'Meist etwa {duration}, überwiegend Wartezeit',
    timeLeftLonger: 'Jetzt länger: Dieser Schritt hat es nicht behoben.',
    timeLeftAtMost: 'Wie lange höchstens?',
    timeLeftUpTo: 'Bis zu {duration}, wenn keiner der wahrscheinlichen Schritte hilft.',
    waitAhead: 'Bei diesem Schritt warten Sie {duration}: In der Zwischenzeit können Sie etwas anderes tun.',
    back: 'Zurück',
    startTimer: 'Timer für {duration} starten',
    timerLeft: 'Noch {clock}',
    timerDone: 'Die Zeit ist um: Wie sieht es jetzt aus?',
    timerHint: 'Sie können antworten, sobald Sie so weit sind.',
    timerKeepsCounting: 'Der Timer läuft weiter, auch wenn Sie diese Seite verlassen.',
    opensInNewTab: '(wird in einem neuen Tab geöffnet)',
    copySummary: 'Zusammenfassung kopieren',
    copied: 'Zusammenfassung kopiert. Fügen Sie sie in Ihre Nachricht an den Kundendienst ein.',
    copyFallback: 'Ihr Browser hat das Kopieren blockiert. Markieren Sie den Text unten und kopieren Sie ihn.',
    summaryLabel: 'Zusammenfassung für den Kundendienst',
    emailSubject: 'Ladeproblem',
    startReturn: 'Rückgabe einleiten',
    startOver: 'Von vorn beginnen',
    done: 'Fertig',
    finished: 'Schön, dass es wieder lädt.',
    why: 'Warum dieses Ergebnis?',
    causeLikelihood: '{cause}: {likelihood}',
    whatToDo: 'Was Sie jetzt tun sollten',
    haveReady: 'Halten Sie Folgendes bereit',
    getHelp: 'Wer Ihnen helfen kann',
    emailTo: 'E-Mail an {address} ({who})',
    call: '{number} anrufen ({who})',
    inLanguage: '(auf {language})',
    resumeTitle: 'Willkommen zurück',
    resumeStarted: 'Sie haben {when} begonnen.',
    resumeJustNow: 'gerade eben',
    resumeEarlierToday: 'heute',
    resumeStep: 'Sie waren bei Schritt {n}: {step}',
    resumeContinue: 'Weitermachen',
    resumeStartAgain: 'Neu beginnen',
    loading: 'Fehlersuche wird geladen…',
    errorTitle: 'Die Fehlersuche lässt sich nicht starten',
    errorKnowledgeBase: 'Die Wissensdatenbank enthält Fehler:',
    moreProblems: { one: '… und # weiteres', other: '… und # weitere' },
    retry: 'Erneut versuchen',
    errorLoad: '{src} konnte nicht geladen werden: {reason}',
    searchLabel: 'Produkt nach Name oder Marke suchen',
    searchMatches: { zero: 'Kein Produkt passt', one: '# Produkt passt', other: '# Produkte passen' },
    searchMore: '{shown} von {total} angezeigt: Tippen Sie weiter, um die Liste einzugrenzen.',
    launcher: launcherLabels.de,
    dialogLabel: 'Fehlersuche bei Ladeproblemen',
    close: 'Schließen',
  },
};
