import type { KnowledgeBaseTranslation } from '../../core/types.js';

/** German words of the built-in knowledge base. */
export const de: KnowledgeBaseTranslation = {
  causes: {
    cable: {
      label: 'Defektes Ladekabel',
    },
    'power-source': {
      label: 'Ladegerät oder USB-Anschluss liefert keinen Strom',
    },
    'dirty-contacts': {
      label: 'Verschmutzte Ladekontakte oder Ladebuchse',
    },
    'software-glitch': {
      label: 'Softwarefehler',
    },
    firmware: {
      label: 'Veraltete oder fehlerhafte Firmware',
    },
    'deep-discharge': {
      label: 'Akku zu stark entladen',
    },
    temperature: {
      label: 'Zu heiß oder zu kalt zum Laden',
    },
    moisture: {
      label: 'Feuchtigkeit an den Kontakten oder in der Ladebuchse',
    },
    'port-damage': {
      label: 'Beschädigte Ladebuchse oder Ladekontakte',
    },
    'charging-circuit': {
      label: 'Defekte Ladeelektronik',
    },
    'battery-worn': {
      label: 'Verschlissener oder defekter Akku',
    },
  },
  actions: {
    'try-another-cable': {
      title: 'Anderes Ladekabel ausprobieren',
      steps: [
        'Verwenden Sie ein anderes Kabel, mit dem sich nachweislich ein anderes Gerät laden lässt.',
        'Stecken Sie die Stecker an beiden Enden vollständig ein.',
        'Lassen Sie das Gerät 5 Minuten angeschlossen und beobachten Sie die Ladeanzeige.',
      ],
      variants: [
        {
          steps: [
            'Verwenden Sie ein anderes magnetisches Ladekabel von Shokz, das für Ihr Modell vorgesehen ist, falls Sie eines haben oder ausleihen können.',
            'Prüfen Sie, ob der Magnetstecker gerade auf den beiden Kontakten einrastet und nichts dazwischen ist.',
            'Schließen Sie das Kabel an ein USB-Netzteil an und beobachten Sie die Ladeanzeige 5 Minuten lang.',
          ],
        },
        {
          steps: [
            'Verwenden Sie eine andere OpenSwim-Ladeschale, falls Sie eine haben oder ausleihen können.',
            'Setzen Sie die Kopfhörer fest in die Ladeschale ein, sodass sich die Kontakte berühren.',
            'Schließen Sie die Ladeschale an ein USB-Netzteil an und beobachten Sie die Ladeanzeige 5 Minuten lang.',
          ],
        },
        {
          steps: [
            'Laden Sie das Ladeetui mit einem anderen Kabel, mit dem sich nachweislich ein anderes Gerät laden lässt.',
            'Achten Sie darauf, dass jeder Ohrhörer ganz unten im Etui sitzt und sich der Deckel schließen lässt.',
            'Lassen Sie das Etui 5 Minuten angeschlossen und beobachten Sie die Anzeige am Etui.',
          ],
        },
      ],
    },
    'try-another-power-source': {
      title: 'Anderes Ladegerät oder andere Steckdose ausprobieren',
      steps: [
        'Schließen Sie das Kabel an ein anderes USB-Netzteil an (ein Smartphone-Ladegerät genügt), und zwar in einer Steckdose, die nachweislich funktioniert.',
        'Meiden Sie USB-Anschlüsse von Laptops im Ruhezustand, von Fernsehern und von USB-Hubs ohne eigene Stromversorgung: Viele liefern zu wenig Strom.',
        'Warten Sie 5 Minuten und beobachten Sie die Ladeanzeige.',
      ],
    },
    'clean-contacts': {
      title: 'Ladekontakte reinigen',
      steps: [
        'Ziehen Sie alle Kabel ab.',
        'Wischen Sie die Ladekontakte bzw. die Ladebuchse und den Stecker des Kabels mit einem weichen, trockenen Tuch oder einem weichen, trockenen Pinsel ab.',
        'Verwenden Sie bei klebrigem Schmutz ein leicht mit Isopropylalkohol angefeuchtetes Wattestäbchen und lassen Sie danach alles vollständig trocknen (mindestens 10 Minuten).',
        'Verwenden Sie niemals Schleifpapier, ein Messer, Nadeln oder andere metallische oder scheuernde Gegenstände: Sie beschädigen die Kontakte.',
        'Schließen Sie das Gerät wieder an und beobachten Sie die Ladeanzeige.',
      ],
      variants: [
        {
          steps: [
            'Ziehen Sie das Kabel ab.',
            'Wischen Sie die beiden Metallkontakte an den Kopfhörern und am Magnetstecker des Kabels mit einem weichen, trockenen Tuch oder einem weichen, trockenen Pinsel ab. Schweiß hinterlässt einen Film, den Sie möglicherweise nicht sehen.',
            'Verwenden Sie bei klebrigem Schmutz ein leicht mit Isopropylalkohol angefeuchtetes Wattestäbchen und lassen Sie danach alles vollständig trocknen (mindestens 10 Minuten).',
            'Verwenden Sie niemals Schleifpapier, ein Messer, Nadeln oder andere metallische oder scheuernde Gegenstände: Sie beschädigen die Kontakte.',
            'Setzen Sie den Magnetstecker wieder an und beobachten Sie die Ladeanzeige.',
          ],
        },
        {
          steps: [
            'Nehmen Sie die Kopfhörer aus der Ladeschale.',
            'Wischen Sie die Kontakte an den Kopfhörern und in der Ladeschale mit einem weichen, trockenen Tuch ab: Schwimmbadwasser und Schweiß hinterlassen einen Film.',
            'Verwenden Sie bei klebrigem Schmutz ein leicht mit Isopropylalkohol angefeuchtetes Wattestäbchen und lassen Sie danach alles vollständig trocknen (mindestens 10 Minuten).',
            'Verwenden Sie niemals Schleifpapier, ein Messer, Nadeln oder andere metallische oder scheuernde Gegenstände.',
            'Setzen Sie die Kopfhörer wieder in die Ladeschale ein und beobachten Sie die Ladeanzeige.',
          ],
        },
        {
          steps: [
            'Ziehen Sie das Kabel ab und drehen Sie die Ladebuchse zum Licht.',
            'Lösen Sie Fusseln vorsichtig mit einem weichen, trockenen Pinsel oder einem Zahnstocher aus Holz, ohne auf die Kontaktstifte zu drücken; verwenden Sie niemals etwas aus Metall.',
            'Blasen Sie den gelösten Staub heraus und wischen Sie den Stecker des Kabels mit einem trockenen Tuch ab.',
            'Reinigen Sie bei Verschmutzung den Bereich um die Öffnung mit einem leicht mit Isopropylalkohol angefeuchteten Wattestäbchen und lassen Sie danach alles vollständig trocknen (mindestens 10 Minuten).',
            'Stecken Sie das Kabel wieder vollständig ein und beobachten Sie die Ladeanzeige.',
          ],
        },
        {
          steps: [
            'Nehmen Sie die Ohrhörer aus dem Ladeetui.',
            'Wischen Sie die Metallkontakte an jedem Ohrhörer und im Etui mit einem trockenen Wattestäbchen ab; Ohrenschmalz darauf verhindert das Laden.',
            'Feuchten Sie das Wattestäbchen bei klebrigem Schmutz leicht mit Isopropylalkohol an und lassen Sie danach alles vollständig trocknen (mindestens 10 Minuten).',
            'Verwenden Sie niemals Schleifpapier, Nadeln oder andere metallische oder scheuernde Gegenstände.',
            'Legen Sie die Ohrhörer wieder ein, schließen Sie den Deckel und beobachten Sie die Anzeige am Etui.',
          ],
        },
      ],
    },
    'clean-thoroughly': {
      title: 'Kontakte noch einmal gründlich reinigen',
      steps: [
        'Ziehen Sie alle Kabel ab.',
        'Feuchten Sie ein Wattestäbchen leicht mit Isopropylalkohol (70–99 %) an; es darf nicht tropfen.',
        'Reiben Sie jeden Ladekontakt bzw. die Öffnung der Ladebuchse sowie den Stecker des Kabels 10–20 Sekunden lang ab und drehen Sie das Wattestäbchen dabei immer wieder auf eine saubere Seite, bis es sauber bleibt.',
        'Lassen Sie alles vollständig trocknen, mindestens 10 Minuten, bevor Sie das Gerät wieder anschließen.',
        'Verwenden Sie niemals Schleifpapier, ein Messer, Nadeln oder andere metallische oder scheuernde Gegenstände: Sie beschädigen die Kontakte.',
        'Schließen Sie das Gerät wieder an und beobachten Sie die Ladeanzeige.',
      ],
    },
    'dry-contacts': {
      title: 'Kontakte 30 Minuten lang trocknen lassen',
      steps: [
        'Ziehen Sie das Kabel ab. Schweiß, Regen oder Kondenswasser an den Kontakten oder in der Ladebuchse können das Laden verhindern, und manche Modelle laden nicht, solange sie Feuchtigkeit erkennen.',
        'Wischen Sie die Ladekontakte bzw. die Öffnung der Ladebuchse und den Stecker des Kabels mit einem weichen, trockenen Tuch ab.',
        'Lassen Sie das Gerät 30 Minuten lang ohne Kabel in einem trockenen Raum bei normaler Temperatur liegen, die Ladebuchse nach unten bzw. die Kontakte nach oben gerichtet. Verwenden Sie keinen Haartrockner, keinen Backofen und keinen Heizkörper.',
        'Schließen Sie es dann wieder an und beobachten Sie die Ladeanzeige.',
      ],
    },
    'restart-reset': {
      title: 'Neu starten oder zurücksetzen',
      steps: [
        'Ziehen Sie das Ladekabel ab und schalten Sie das Gerät aus, falls es sich überhaupt einschalten lässt.',
        'Warten Sie 10 Sekunden und schalten Sie es wieder ein.',
        'Wenn die Bedienungsanleitung oder die Hilfeseiten des Herstellers beschreiben, wie sich Ihr Modell zurücksetzen lässt, gehen Sie so vor: Die Tastenkombination ist von Modell zu Modell verschieden, probieren Sie also keine auf gut Glück aus.',
        'Schließen Sie das Gerät wieder an und beobachten Sie die Ladeanzeige.',
      ],
      variants: [
        {
          title: 'Kopfhörer zurücksetzen',
          steps: [
            'Ziehen Sie das Kabel ab und schalten Sie die Kopfhörer aus.',
            'Halten Sie die Taste Lautstärke + 5–7 Sekunden lang gedrückt, bis die Anzeige rot und blau blinkt (Kopplungsmodus).',
            'Halten Sie die Multifunktionstaste und die Tasten Lautstärke + und Lautstärke − gleichzeitig 3–5 Sekunden lang gedrückt, bis Sie Pieptöne hören oder eine Vibration spüren.',
            'Schalten Sie die Kopfhörer aus, schließen Sie das Kabel wieder an und beobachten Sie die Anzeige. Wenn sich nichts ändert, können Sie das Zurücksetzen zwei- oder dreimal wiederholen.',
          ],
        },
        {
          title: 'Lautsprecher zurücksetzen',
          steps: [
            'Ziehen Sie das Kabel ab und schalten Sie den Lautsprecher ein, falls er sich überhaupt einschalten lässt.',
            'Halten Sie die Ein/Aus-Taste und die BassUp-Taste gleichzeitig 5–6 Sekunden lang gedrückt, bis er zurückgesetzt wird.',
            'Schließen Sie ihn wieder an und beobachten Sie die Ladeanzeige.',
          ],
        },
        {
          title: 'Lautsprecher neu starten oder zurücksetzen',
          steps: [
            'Ziehen Sie das Kabel ab und schalten Sie den Lautsprecher aus, falls er sich überhaupt einschalten lässt.',
            'Warten Sie 10 Sekunden und schalten Sie ihn wieder ein.',
            'Die Tastenkombinationen zum Zurücksetzen sind bei Soundcore je nach Modell verschieden; die Kombination „Ein/Aus + Lautstärke − für 10 Sekunden“, die Sie vielleicht im Internet gelesen haben, gilt nicht für alle Modelle. Verwenden Sie die Kombination aus Ihrer Bedienungsanleitung oder von den Hilfeseiten von Soundcore.',
            'Schließen Sie ihn wieder an und beobachten Sie die Ladeanzeige.',
          ],
        },
      ],
    },
    'charge-untouched': {
      title: '30 Minuten laden lassen und nicht anfassen',
      steps: [
        'Schließen Sie das Gerät mit dem Kabel, dem Sie am meisten vertrauen, an ein USB-Netzteil an.',
        'Bei einem vollständig entladenen Akku kann die Ladeanzeige in den ersten 10–30 Minuten ganz dunkel bleiben: Ziehen Sie das Kabel nicht ab, um nachzusehen.',
        'Laden Sie es auf einer harten Unterlage, nicht auf einem Bett oder Sofa und nicht, während Sie schlafen.',
        'Prüfen Sie nach 30 Minuten die Ladeanzeige.',
      ],
      variants: [
        {
          steps: [
            'Schließen Sie den Lautsprecher mit dem Kabel, dem Sie am meisten vertrauen, an ein USB-Netzteil an.',
            'Bei einem vollständig entladenen Akku kann die Ladeanzeige in den ersten 10–30 Minuten ganz dunkel bleiben: Ziehen Sie das Kabel nicht ab, um nachzusehen.',
            'Laden Sie ihn auf einer harten Unterlage, nicht auf einem Bett oder Sofa und nicht, während Sie schlafen.',
            'Prüfen Sie nach 30 Minuten die Ladeanzeige. Sobald er lädt, braucht ein Soundcore-Lautsprecher meist 3–5 Stunden, bis er voll ist.',
          ],
        },
      ],
    },
    'charge-longer': {
      title: 'Weitere 90 Minuten laden lassen und nicht anfassen',
      steps: [
        'Lassen Sie das Gerät weitere 90 Minuten auf einer harten Unterlage am USB-Netzteil angeschlossen: insgesamt 2 Stunden.',
        'Bei einem vollständig entladenen Akku kann es so lange dauern, bis die Ladeanzeige aufleuchtet oder sich der Akkustand ändert.',
        'Laden Sie es nicht auf einem Bett oder Sofa und nicht, während Sie schlafen.',
        'Prüfen Sie dann die Ladeanzeige, oder schalten Sie das Gerät ein und prüfen Sie den Akkustand.',
      ],
      variants: [
        {
          steps: [
            'Lassen Sie den Lautsprecher weitere 90 Minuten auf einer harten Unterlage am USB-Netzteil angeschlossen: insgesamt 2 Stunden.',
            'Bei einem vollständig entladenen Akku kann es so lange dauern, bis die Ladeanzeige aufleuchtet; ein Soundcore-Lautsprecher braucht meist 3–5 Stunden, bis er voll ist.',
            'Laden Sie ihn nicht auf einem Bett oder Sofa und nicht, während Sie schlafen.',
            'Prüfen Sie dann die Ladeanzeige, oder schalten Sie ihn ein und prüfen Sie den Akkustand.',
          ],
        },
      ],
    },
    'charge-switched-off': {
      title: 'Im ausgeschalteten Zustand laden',
      steps: [
        'Schalten Sie das Gerät vollständig aus (halten Sie die Ein/Aus-Taste gedrückt, bis es sich ausschaltet), falls es sich überhaupt einschalten lässt.',
        'Schließen Sie es mit dem Kabel, dem Sie am meisten vertrauen, an ein USB-Netzteil an und lassen Sie es 30 Minuten lang ausgeschaltet auf einer harten Unterlage liegen.',
        'Manche Geräte beginnen nicht zu laden, solange ein Fehler sie beschäftigt; im ausgeschalteten Zustand läuft nur der Ladevorgang.',
        'Prüfen Sie dann die Ladeanzeige.',
      ],
    },
    'room-temperature': {
      title: 'Auf Raumtemperatur kommen lassen',
      steps: [
        'Wenn das Gerät an einem kalten oder heißen Ort war (im Auto, im Freien, in der Sonne, in der Nähe einer Heizung), ziehen Sie das Kabel ab und bringen Sie es nach drinnen.',
        'Lassen Sie es etwa 45 Minuten bei Raumtemperatur liegen. Wärmen Sie es nicht mit einer Heizung oder einem Haartrockner auf und kühlen Sie es nicht im Kühlschrank.',
        'Schließen Sie es wieder an und beobachten Sie die Ladeanzeige.',
      ],
    },
    'update-firmware': {
      title: 'Firmware aktualisieren',
      steps: [
        'Dafür muss sich das Gerät einschalten lassen, und sei es nur, während es angeschlossen ist; falls nicht, wählen Sie „Das geht bei mir nicht“.',
        'Verbinden Sie es mit Ihrem Smartphone und öffnen Sie die App des Herstellers, falls es eine gibt.',
        'Installieren Sie jedes Firmware-Update, das die App anbietet. Lassen Sie das Gerät dabei nah am Smartphone und angeschlossen, bis das Update abgeschlossen ist.',
        'Beobachten Sie anschließend, ob es lädt.',
      ],
      variants: [
        {
          steps: [
            'Dafür muss sich der Lautsprecher einschalten lassen, und sei es nur, während er angeschlossen ist; falls nicht, wählen Sie „Das geht bei mir nicht“.',
            'Verbinden Sie den Lautsprecher mit Ihrem Smartphone und öffnen Sie die Soundcore-App.',
            'Öffnen Sie die Einstellungen des Lautsprechers und installieren Sie jedes angebotene Firmware-Update. Der Lautsprecher muss dabei angeschlossen sein und nah am Smartphone bleiben, bis das Update abgeschlossen ist.',
            'Beobachten Sie anschließend, ob er lädt.',
          ],
        },
        {
          steps: [
            'Dafür müssen sich die Kopfhörer einschalten lassen; falls nicht, wählen Sie „Das geht bei mir nicht“.',
            'Verbinden Sie sie mit Ihrem Smartphone und öffnen Sie die Shokz-App, sofern sie Ihr Modell unterstützt (nicht jedes Modell erhält Updates).',
            'Installieren Sie jedes angebotene Firmware-Update und lassen Sie die Kopfhörer nah am Smartphone, bis das Update abgeschlossen ist.',
            'Beobachten Sie anschließend, ob sie laden.',
          ],
        },
      ],
    },
    'dry-out': {
      title: 'Vor dem Laden vollständig trocknen lassen',
      steps: [
        'Ziehen Sie sofort das Ladekabel ab und laden Sie das Gerät nicht, solange es feucht ist.',
        'Wischen Sie das Gehäuse und die Ladekontakte bzw. die Ladebuchse mit einem weichen, trockenen Tuch ab; schütteln Sie Wasser aus den Öffnungen, die Ladebuchse nach unten gerichtet.',
        'Lassen Sie es an einem trockenen, gut belüfteten Ort bei Raumtemperatur mindestens mehrere Stunden liegen; über Nacht ist am sichersten. Verwenden Sie keinen Haartrockner, keinen Backofen und keinen Heizkörper.',
        'Schließen Sie es erst an, wenn es vollständig trocken ist, und beobachten Sie dann die Ladeanzeige.',
      ],
      whenSkipped: {
        note:
          'Laden Sie das Gerät erst, wenn es vollständig trocken ist: Wasser in der Ladebuchse oder an den Kontakten kann einen Kurzschluss verursachen, die Kontakte dauerhaft korrodieren lassen oder den Akku beschädigen. ' +
          'Lassen Sie es ohne Kabel an einem trockenen, gut belüfteten Ort bei Raumtemperatur mindestens mehrere Stunden liegen (über Nacht ist am sichersten) und starten Sie die Fehlersuche dann erneut.',
      },
    },
  },
  questions: {
    safety: {
      title: 'Zuerst eine Sicherheitsprüfung: Trifft etwas davon zu?',
      body: 'Sehen Sie sich das Gerät an, ohne es lange in der Hand zu halten: Ist es aufgebläht oder gewölbt, sehr heiß, riecht es verbrannt oder nach Chemikalien, raucht es, läuft etwas aus oder zischt es? Oder ist es nass geworden?',
      options: {
        danger: {
          label: 'Ja: aufgebläht, sehr heiß, Geruch, Rauch, Auslaufen oder Zischen',
          note:
            'Ein Akku, der aufgebläht oder heiß ist, riecht, raucht oder ausläuft, kann in Brand geraten: Laden Sie das Gerät deshalb nicht mehr. ' +
            'Legen Sie es auf eine harte Unterlage, fern von allem, was brennen kann (nicht auf ein Bett oder Sofa). Wenn es raucht oder Flammen zu sehen sind, bringen Sie sich in Sicherheit und rufen Sie die Feuerwehr. ' +
            'Werfen Sie es niemals in den Hausmüll: Der Hersteller oder eine Sammelstelle für Altbatterien nimmt es zurück. Ein Gerät, bei dem das passiert, ist defekt: Der Händler oder der Hersteller muss Ihnen den Kaufpreis erstatten oder das Gerät ersetzen.',
        },
        wet: {
          label: 'Es ist nass geworden oder wurde in feuchtem Zustand geladen (Regen, Schweiß, Schwimmen)',
        },
        none: {
          label: 'Nein, nichts davon',
        },
      },
    },
    'recall-check': {
      title: 'Prüfen Sie vor allem anderen den Rückruf',
      body: 'Anker hat schwarze Soundcore-Lautsprecher A3102 (Modell A3102016) zurückgerufen, die zwischen März 2023 und Juni 2024 bei Amazon verkauft wurden: Der Akku kann sich überhitzen. Geben Sie den SN-Code von der Unterseite des Lautsprechers auf der Rückrufseite von Soundcore ein. Rote und blaue A3102-Lautsprecher sind vom Rückruf nicht betroffen.',
      options: {
        recalled: {
          label: 'Laut der Rückrufseite ist er vom Rückruf betroffen',
          note: 'Dieser Lautsprecher ist von einem Sicherheitsrückruf betroffen: Verwenden Sie ihn nicht mehr, schalten Sie ihn aus, ziehen Sie das Kabel ab und laden Sie ihn nicht mehr. Anker ersetzt zurückgerufene Lautsprecher kostenlos: Fordern Sie den Ersatz auf der Rückrufseite von Soundcore an. Werfen Sie ihn niemals in den Hausmüll oder in eine Elektroschrott-Sammelbox im Geschäft: Befolgen Sie die Anweisungen von Anker zur Rückgabe.',
          links: ['Soundcore-Rückrufseite (A3102): SN-Code prüfen', 'Rückrufmeldung der CPSC'],
        },
        'not-recalled': {
          label: 'Er ist nicht vom Rückruf betroffen, oder er ist rot oder blau',
        },
        'cannot-check': {
          label: 'Das kann ich gerade nicht prüfen',
          note: 'Solange Sie nicht wissen, dass er nicht vom Rückruf betroffen ist, laden Sie ihn nicht: Schalten Sie ihn aus, ziehen Sie das Kabel ab und prüfen Sie zuerst seinen SN-Code auf der Rückrufseite von Soundcore. Ist er betroffen, ersetzt Anker ihn kostenlos; wenn nicht, starten Sie die Fehlersuche erneut.',
          links: ['Soundcore-Rückrufseite (A3102): SN-Code prüfen'],
        },
      },
    },
    'recall-label': {
      title: 'Ist es ein zurückgerufener Soundcore-Lautsprecher?',
      body: 'Anker hat schwarze Soundcore-Lautsprecher mit der Modellnummer A3102016 auf der Unterseite (2023–24 bei Amazon verkauft) zurückgerufen, weil sich der Akku überhitzen kann. Drehen Sie den Lautsprecher um und sehen Sie sich das Etikett an.',
      options: {
        recalled: {
          label: 'Ja: ein schwarzer Soundcore-Lautsprecher, Modell A3102016',
          note: 'Dieses Modell ist von einem Sicherheitsrückruf betroffen: Verwenden Sie den Lautsprecher nicht mehr, schalten Sie ihn aus, ziehen Sie das Kabel ab und laden Sie ihn nicht mehr. Geben Sie den SN-Code von der Unterseite auf der Rückrufseite von Soundcore ein: Anker ersetzt zurückgerufene Lautsprecher kostenlos. Werfen Sie ihn niemals in den Hausmüll oder in eine Elektroschrott-Sammelbox im Geschäft.',
          links: ['Soundcore-Rückrufseite (A3102): SN-Code prüfen', 'Rückrufmeldung der CPSC'],
        },
        'other-model': {
          label: 'Nein, es ist eine andere Marke oder ein anderes Modell',
        },
        'cannot-find': {
          label: 'Ich finde das Etikett nicht',
          note: 'Sie haben das Modelletikett nicht gefunden: Wenn es ein schwarzer Soundcore-Lautsprecher ist, der 2023–24 bei Amazon gekauft wurde, prüfen Sie seinen SN-Code auf der Rückrufseite von Soundcore, bevor Sie ihn wieder laden.',
          links: ['Soundcore-Rückrufseite (A3102): SN-Code prüfen'],
        },
      },
    },
    'charging-light': {
      title: 'Was macht die Ladeanzeige, wenn Sie das Gerät anschließen?',
      body: 'Schließen Sie das Gerät mit dem Kabel und dem Ladegerät an, die Sie normalerweise verwenden, und beobachten Sie die Anzeige eine Minute lang.',
      options: {
        'no-light': {
          label: 'Überhaupt kein Licht',
        },
        'odd-light': {
          label: 'Blinkt, flackert oder leuchtet in einer ungewöhnlichen Farbe',
        },
        'normal-light': {
          label: 'Sieht normal aus, aber der Akku wird nicht voll oder ist schnell leer',
        },
      },
      variants: [
        {
          body: 'Legen Sie die Ohrhörer in das Ladeetui, schließen Sie das Etui an und beobachten Sie die Anzeige am Etui eine Minute lang.',
        },
      ],
    },
    'charging-light-shokz': {
      title: 'Was macht die Anzeige, wenn Sie das Kabel anschließen?',
      body: 'Schließen Sie die Kopfhörer mit dem Kabel an, das Sie normalerweise verwenden, und beobachten Sie die Anzeige eine Minute lang. Bei Shokz-Kopfhörern bedeutet ein rotes Licht, dauerhaft oder blinkend, dass sie laden; blau bedeutet, dass der Akku voll ist.',
      options: {
        'no-light': {
          label: 'Überhaupt kein Licht',
        },
        'red-light': {
          label: 'Rot, dauerhaft oder blinkend, aber der Akku wird nicht voll oder ist schnell leer',
        },
        'other-light': {
          label: 'Sofort blau, obwohl der Akku leer ist, oder rot und blau blinkend',
        },
      },
    },
    'how-it-started': {
      title: 'Wie hat das Problem begonnen?',
      options: {
        suddenly: {
          label: 'Plötzlich, ohne erkennbaren Grund',
        },
        gradually: {
          label: 'Allmählich: Der Akku hielt immer kürzer',
        },
        'after-knock': {
          label: 'Nach einem Sturz, einem Stoß oder einem Ruck am Kabel',
          note: 'Herstellergarantien decken Herstellungsfehler ab, nicht Stürze, Stöße oder andere Unfälle: Weil das Gerät nach einem solchen Ereignis nicht mehr funktioniert, kann eine Reklamation abgelehnt oder die Reparatur in Rechnung gestellt werden. Schildern Sie bei der Reklamation ehrlich, was passiert ist.',
        },
        'after-cold-or-heat': {
          label: 'Nachdem es an einem kalten oder heißen Ort war',
        },
        'after-storage': {
          label: 'Nach Wochen ohne Benutzung oder nachdem der Akku ganz leer war',
        },
        'never-worked': {
          label: 'Es hat noch nie geladen, seit ich es habe',
        },
      },
    },
    'cable-on-other-device': {
      title: 'Lässt sich mit demselben Kabel und Ladegerät ein anderes Gerät laden, etwa ein Smartphone?',
      options: {
        yes: {
          label: 'Ja, das andere Gerät lädt',
        },
        no: {
          label: 'Nein, das lädt auch nicht',
        },
        'cannot-try': {
          label: 'Das kann ich nicht ausprobieren',
        },
      },
    },
    'works-when-plugged': {
      title: 'Lässt sich der Lautsprecher einschalten?',
      options: {
        'only-plugged-in': {
          label: 'Nur, solange er angeschlossen ist',
        },
        never: {
          label: 'Nein, auch nicht, wenn er angeschlossen ist',
        },
        'runs-out-fast': {
          label: 'Ja, aber der Akku ist schnell leer oder der Ladestand ändert sich nicht',
        },
      },
    },
    'update-offered': {
      title: 'Bietet die App des Herstellers ein Firmware-Update an?',
      body: 'Schalten Sie das Gerät ein (angeschlossen, falls es nur so funktioniert), verbinden Sie es mit Ihrem Smartphone und öffnen Sie die App des Herstellers. Installieren Sie noch nichts: Sehen Sie nur nach, ob ein Update angeboten wird.',
      options: {
        offered: {
          label: 'Ja, ein Update wird angeboten',
        },
        'up-to-date': {
          label: 'Nein, laut App ist es auf dem neuesten Stand',
        },
        'cannot-check': {
          label: 'Das kann ich nicht prüfen: Es lässt sich nicht einschalten, oder es gibt keine App',
        },
      },
    },
    'contacts-look': {
      title: 'Sehen Sie sich die Ladebuchse bzw. die Ladekontakte bei gutem Licht genau an. Was sehen Sie?',
      options: {
        dirt: {
          label: 'Schmutz, Fusseln oder eine grüne oder weiße Kruste',
        },
        damage: {
          label: 'Etwas ist verbogen, locker, gesprungen oder verschmort',
        },
        'looks-fine': {
          label: 'Alles sieht sauber und unbeschädigt aus',
        },
      },
      variants: [
        {
          title: 'Sehen Sie sich die beiden Metallkontakte an den Kopfhörern und am Stecker des Kabels genau an. Was sehen Sie?',
        },
        {
          title: 'Sehen Sie sich die Kontakte an den Kopfhörern und in der Ladeschale genau an. Was sehen Sie?',
        },
        {
          title: 'Sehen Sie sich die Kontakte an den Ohrhörern und im Ladeetui genau an. Was sehen Sie?',
        },
      ],
    },
  },
  devices: {
    'shokz-openrun': {
      brand: 'Shokz',
      name: 'OpenRun',
    },
    'shokz-openrun-pro': {
      brand: 'Shokz',
      name: 'OpenRun Pro',
    },
    'shokz-openmove': {
      brand: 'Shokz',
      name: 'OpenMove',
    },
    'shokz-openswim': {
      brand: 'Shokz',
      name: 'OpenSwim',
    },
    'shokz-aeropex': {
      brand: 'Shokz',
      name: 'Aeropex',
    },
    'soundcore-motion-plus': {
      brand: 'Soundcore',
      name: 'Motion+',
    },
    'soundcore-flare-2': {
      brand: 'Soundcore',
      name: 'Flare 2',
    },
    'soundcore-boost': {
      brand: 'Soundcore',
      name: 'Boost',
    },
    'soundcore-a3102': {
      brand: 'Soundcore',
      name: 'A3102-Lautsprecher (schwarz)',
    },
    'generic-headphones': {
      brand: 'Andere',
      name: 'kabellose Kopfhörer',
    },
    'generic-earbuds': {
      brand: 'Andere',
      name: 'kabellose Ohrhörer',
    },
    'generic-speaker': {
      brand: 'Andere',
      name: 'Bluetooth-Lautsprecher',
    },
  },
  legalRights: {
    EU: {
      name: 'die EU',
    },
    UK: {
      name: 'das Vereinigte Königreich',
    },
  },
};
