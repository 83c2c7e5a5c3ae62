import { launcherLabels } from './launcher-labels.js';
import type { Locale } from './types.js';

/** French: the core's and the elements' words. */
export const fr: Locale = {
  tag: 'fr',
  core: {
    deviceTitle: 'Quel appareil ne se recharge pas ?',
    deviceBody: 'Choisissez le modèle le plus proche : les étapes et les conseils sur la garantie en dépendent.',
    ageTitle: 'Quand l’appareil a-t-il été acheté ?',
    ageBody:
      'La date figurant sur le ticket de caisse ou la confirmation de commande détermine la marche à suivre : retour, recours à la garantie ou réparation.',
    ageOptions: {
      return: 'Il y a moins de {days}',
      warranty: 'Il y a entre {days} et {warranty}',
      warrantyNoReturn: 'Il y a moins de {warranty}',
      lifespan: 'Il y a entre {legal} et {lifespan}',
      legal: 'Il y a entre {warranty} et {legal}',
      'past-lifespan': 'Il y a plus de {lifespan}',
      unknown: 'Je ne sais pas',
    },
    actionOptions: {
      fixed: 'La charge fonctionne maintenant',
      'not-fixed': 'Toujours pas de charge',
      skip: 'Je ne peux pas le faire',
    },
    returnOffer: {
      title: 'Retourner l’appareil maintenant ou essayer d’abord les solutions probables ?',
      body: 'L’appareil n’a jamais fonctionné et vous êtes encore dans le délai de retour de {days} : vous pouvez donc le rapporter dès maintenant pour obtenir un remboursement ou un échange. Vous pouvez aussi essayer d’abord les étapes qui ont le plus de chances d’aider : vous pourrez toujours le retourner ensuite.',
      options: {
        'return-now': 'Retourner l’appareil maintenant',
        'try-first': 'Essayer d’abord les solutions probables',
      },
    },
    outcomes: {
      resolved: {
        title: 'La charge fonctionne de nouveau',
        body: 'Bonne nouvelle. Cause probable : {cause}. Si le problème se reproduit, commencez par l’étape qui a fonctionné cette fois-ci.',
      },
      'safety-stop': {
        title: 'Stop : n’utilisez pas l’appareil et ne le rechargez pas',
        body: 'D’après votre réponse, il n’est pas sûr de continuer. Faites maintenant ce qui suit, dans cet ordre.',
      },
      refund: {
        title: 'Retournez l’appareil pour un remboursement ou un échange',
        body: 'Il est encore dans le délai de retour de {days} : le plus rapide est donc de le retourner à la boutique où vous l’avez acheté, au magasin ou sur son site : indiquez qu’il ne charge pas et ce que vous avez déjà essayé. Les retours ne sont en général acceptés que complets, avec le câble et la boîte, et en état d’être revendus.',
      },
      'warranty-claim': {
        title: 'Faites jouer la garantie',
        body: 'L’appareil est encore couvert par sa garantie de {warranty}, qui s’applique aux défauts de fabrication : si le fabricant en constate un, il le répare ou le remplace gratuitement. Ne l’ouvrez pas et ne le faites pas réparer ailleurs avant : cela peut annuler la garantie.',
      },
      'legal-guarantee': {
        title: 'Demandez au magasin de régler le problème',
        body: 'L’appareil n’est plus couvert par la garantie de {warranty} du fabricant, mais sa livraison remonte à moins de {legal}. En vertu du droit de la consommation en vigueur pour {region}, le magasin qui l’a vendu doit réparer ou remplacer sans frais pour vous un produit défectueux ou, à défaut, vous rembourser. Adressez-vous au magasin, et non au fabricant, avec la preuve d’achat.',
      },
      repair: {
        title: 'Faites réparer l’appareil',
        body: 'L’appareil n’est plus couvert par sa garantie de {warranty}, mais il a moins de {lifespan}, la durée de vie habituelle d’une batterie de ce type, et une réparation coûte moins cher qu’un appareil neuf : elle peut donc valoir la peine. Demandez un devis au fabricant ou à un réparateur. Ne l’ouvrez pas vous-même : une batterie endommagée peut prendre feu.',
      },
      replace: {
        title: 'Il est temps de remplacer l’appareil',
        body: 'L’appareil n’est plus couvert par sa garantie de {warranty} et il a plus de {lifespan}, la durée de vie habituelle d’une batterie de ce type : une réparation est donc rarement rentable. Déposez l’ancien appareil dans un point de collecte des batteries, jamais avec les ordures ménagères.',
      },
      'contact-support': {
        title: 'Contactez l’assistance',
        body: 'Les étapes proposées ici n’ont pas résolu le problème. L’assistance peut prendre le relais : envoyez-lui le récapitulatif, pour qu’elle sache ce que vous avez déjà essayé.',
      },
      'get-part': {
        title: 'La solution probable : {part}',
        body: 'Vous n’avez pas pu faire l’étape qui en a besoin, et la cause la plus probable reste : {cause}. Procurez-vous-en un, emprunté ou acheté, et refaites cette étape avant toute autre chose : un retour ou une demande de garantie ne trouverait probablement aucun défaut au produit lui-même.',
      },
    },
    replaceReasons: {
      'no-repair-service':
        'L’appareil n’est plus couvert par sa garantie de {warranty}, et {brand} ne propose pas de service de réparation : la solution est donc de le remplacer. Déposez l’ancien appareil dans un point de collecte des batteries, jamais avec les ordures ménagères.',
      'repair-too-costly':
        'L’appareil n’est plus couvert par sa garantie de {warranty}, et une réparation coûte en général autant qu’un appareil neuf, voire plus : la solution est donc de le remplacer. Déposez l’ancien appareil dans un point de collecte des batteries, jamais avec les ordures ménagères.',
    },
    legalPresumed:
      'Un défaut qui apparaît dans un délai de {presumed} à compter de la livraison est présumé avoir existé dès le départ ; au-delà, on peut vous demander de prouver qu’il existait déjà.',
    alsoSeller:
      'Le droit de la consommation en vigueur pour {region} s’applique également : le magasin qui l’a vendu doit remédier à un défaut qui apparaît dans un délai de {legal} à compter de la livraison.',
    returnStillOpen:
      'Vous pouvez toujours retourner l’appareil : vous êtes encore dans le délai de retour de {days}. Cette étape peut le réparer avant.',
    wearExcluded:
      'La garantie de {brand} couvre les défauts de fabrication, pas l’usure normale : si la batterie s’est simplement usée avec le temps, la demande peut être refusée.',
    wearDurability:
      'Le droit de la consommation en vigueur pour {region} s’applique également : le magasin qui l’a vendu doit remédier à un défaut qui apparaît dans un délai de {legal} à compter de la livraison, et une batterie qui s’use plus tôt qu’on peut raisonnablement l’attendre d’une batterie comparable en est un.',
    legalWear:
      'Une batterie qui s’est usée peu à peu à l’usage n’est un défaut que si elle a duré moins longtemps qu’on peut raisonnablement l’attendre d’une batterie comparable : le magasin peut vous demander de le démontrer.',
    stops: {
      battery: {
        title: 'Stop : n’utilisez pas l’appareil et ne le rechargez pas',
        body: 'Une batterie dans cet état peut prendre feu. Faites maintenant ce qui suit, dans cet ordre.',
      },
      wet: {
        title: 'Faites-le sécher avant de le recharger',
        body: 'Le recharger mouillé peut l’endommager définitivement. Laissez-le d’abord sécher complètement, puis relancez l’assistant.',
      },
      recall: {
        title: 'Stop : cet appareil fait l’objet d’un rappel de sécurité',
        body: 'Sa batterie peut surchauffer. La solution du rappel s’applique quels que soient son âge et sa garantie : suivez les instructions du rappel, et ne le jetez pas et ne le recyclez pas vous-même.',
      },
      'recall-unknown': {
        title: 'Vérifiez le rappel avant de le recharger',
        body: 'Il fait peut-être l’objet d’un rappel de sécurité pour une batterie qui peut surchauffer. Tant que vous ne savez pas qu’il n’est pas concerné, ne le rechargez pas et ne l’utilisez pas.',
      },
    },
    yourRegion: 'votre pays',
    unknownCause: 'l’une des causes les plus simples',
    likelihood: { 'very-likely': 'très probable', likely: 'probable', possible: 'possible', unlikely: 'moins probable' },
    safetyRemedy: {
      return:
        'Vous êtes encore dans le délai de retour de {days} : le magasin où vous l’avez acheté vous doit donc un remboursement ou un remplacement. Signalez-lui qu’il s’agit d’un défaut de sécurité de la batterie et demandez comment lui remettre l’appareil : ne l’envoyez pas par la poste avant qu’il vous ait indiqué comment.',
      warranty:
        'Une batterie qui gonfle ou surchauffe d’elle-même présente un défaut de fabrication, et la garantie de {warranty} couvre ce type de défaut : demandez un remplacement au magasin ou au fabricant. Signalez qu’il s’agit d’un défaut de sécurité de la batterie et demandez comment remettre l’appareil : ne l’envoyez pas par la poste avant qu’on vous ait indiqué comment.',
      legal:
        'L’appareil n’est plus couvert par la garantie de {warranty} du fabricant, mais sa livraison remonte à moins de {legal} : en vertu du droit de la consommation en vigueur pour {region}, le magasin qui l’a vendu doit remédier gratuitement à un défaut. Signalez-lui qu’il s’agit d’un défaut de sécurité de la batterie et demandez comment lui remettre l’appareil.',
      lifespan:
        'L’appareil n’est plus couvert par sa garantie de {warranty}. Une fois qu’il a refroidi, déposez-le dans un point de collecte des batteries, jamais avec les ordures ménagères.',
      'past-lifespan':
        'L’appareil n’est plus couvert par sa garantie de {warranty}. Une fois qu’il a refroidi, déposez-le dans un point de collecte des batteries, jamais avec les ordures ménagères.',
      unknown:
        'Si vous êtes encore dans le délai de retour du magasin ou si l’appareil est encore couvert par la garantie du fabricant, une batterie qui gonfle ou surchauffe d’elle-même est un défaut auquel ils doivent remédier : signalez au magasin ou au fabricant qu’il s’agit d’un défaut de sécurité de la batterie, et demandez comment remettre l’appareil avant de l’envoyer par la poste.',
    },
    safetySteps: [
      'Cessez de l’utiliser et ne le rechargez plus.',
      'S’il est branché, coupez le chargeur au niveau de la prise murale ou débranchez-le de celle-ci, sans toucher le produit.',
      'Gardez-le sur une surface dure, loin de tout ce qui peut brûler. S’il fume ou s’enflamme, éloignez-vous et appelez les pompiers.',
    ],
    partTryAgain:
      'Il ne charge toujours pas avec l’autre ? Appuyez sur « Recommencer » : cette fois, vous pourrez faire cette étape, et les suivantes en découleront.',
    noContact: 'Contactez le magasin où vous l’avez acheté et montrez-lui le récapitulatif : il indique ce que vous avez déjà essayé.',
    claim: {
      start: 'Faire une demande de garantie auprès de {brand}',
      terms: 'Conditions de garantie de {brand} : comment faire une demande',
      serialNumber: 'Le numéro de série (sur la boîte ou sur l’étiquette du produit)',
      serialNumberAt: 'Le numéro de série : {where}',
      proofOfPurchase: 'Preuve d’achat : le ticket de caisse ou la confirmation de commande',
      proofOfOrder: 'Preuve d’achat : le ticket de caisse ou la confirmation de la commande {order}',
    },
    warrantyLink: 'Garantie {brand}',
    supportLink: 'Assistance {brand}',
    refundOnline:
      'Il est encore dans le délai de retour de {days} : le plus rapide est donc de le retourner. Lancez le retour sur la page des retours de la boutique et indiquez qu’il ne charge pas et ce que vous avez déjà essayé. Les retours ne sont en général acceptés que complets, avec le câble et la boîte, et en état d’être revendus.',
    replaceAtShop: 'Trouver un nouvel appareil à la boutique',
    theShop: 'la boutique',
    theMaker: '{brand}, le fabricant',
    shopPage: 'Aller sur {site} ({who})',
    summary: {
      heading: 'Problème de charge : récapitulatif de l’assistant de dépannage',
      device: 'Appareil',
      noDevice: 'pas encore choisi',
      purchased: 'Achat',
      notGiven: 'date non indiquée',
      shopperSaid: 'selon le client : « {answer} »',
      bands: {
        return: 'dans le délai de retour de {days}',
        warranty: 'encore couvert par la garantie de {warranty}',
        legal: 'garantie de {warranty} expirée, garantie légale de {legal} en cours',
        lifespan: 'garantie de {warranty} expirée',
        'past-lifespan': 'garantie de {warranty} expirée et durée de vie habituelle de {lifespan} dépassée',
        unknown: 'âge inconnu',
      },
      line: '{label} : {value}',
      dateAndBand: '{date}, {band}',
      dateAndAnswer: '{date} ; {answer}',
      step: '{n}. {step} → {answer}',
      likelyCause: '{cause} ({likelihood}, {percent})',
      shop: 'Magasin',
      order: 'Commande',
      steps: 'Étapes',
      noSteps: 'aucune pour l’instant',
      result: 'Résultat',
      inProgress: 'pas encore terminé',
      causes: 'Causes probables',
      reference: 'Référence',
    },
  },
  ui: {
    step: 'Étape {n}',
    progress: 'Progression',
    timeLeft: 'En général environ {duration}',
    timeLeftWaiting: 'En général environ {duration}, surtout de l’attente',
    timeLeftLonger: 'Plus long maintenant : cette étape n’a pas réglé le problème.',
    timeLeftAtMost: 'Combien de temps au plus ?',
    timeLeftUpTo: 'Jusqu’à {duration} si aucune des étapes probables ne règle le problème.',
    waitAhead: 'Cette étape comporte {duration} d’attente : vous pouvez faire autre chose en attendant.',
    back: 'Retour',
    startTimer: 'Lancer un minuteur de {duration}',
    timerLeft: 'Temps restant : {clock}',
    timerDone: 'Temps écoulé : qu’observez-vous maintenant ?',
    timerHint: 'Vous pouvez répondre quand vous le souhaitez.',
    timerKeepsCounting: 'Le minuteur continue de tourner si vous quittez cette page.',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    copySummary: 'Copier le récapitulatif',
    copied: 'Récapitulatif copié. Collez-le dans votre message à l’assistance.',
    copyFallback: 'Votre navigateur a bloqué la copie. Sélectionnez le texte ci-dessous et copiez-le.',
    summaryLabel: 'Récapitulatif pour l’assistance',
    emailSubject: 'Problème de charge',
    startReturn: 'Demander un retour',
    startOver: 'Recommencer',
    done: 'Terminé',
    finished: 'Tant mieux, la charge fonctionne de nouveau.',
    why: 'Pourquoi ce résultat ?',
    causeLikelihood: '{cause} : {likelihood}',
    whatToDo: 'Que faire maintenant',
    haveReady: 'Gardez ceci à portée de main',
    getHelp: 'Qui peut vous aider',
    emailTo: 'Écrire à {address} ({who})',
    call: 'Appeler le {number} ({who})',
    inLanguage: '(en {language})',
    resumeTitle: 'Bon retour',
    resumeStarted: 'Vous avez commencé {when}.',
    resumeJustNow: 'à l’instant',
    resumeEarlierToday: 'plus tôt aujourd’hui',
    resumeStep: 'Vous en étiez à l’étape {n} : {step}',
    resumeContinue: 'Continuer',
    resumeStartAgain: 'Tout recommencer',
    loading: 'Chargement de l’assistant de dépannage…',
    errorTitle: 'L’assistant de dépannage ne peut pas démarrer',
    errorKnowledgeBase: 'Sa base de connaissances présente des problèmes :',
    moreProblems: { one: '… et # autre', many: '… et # autres', other: '… et # autres' },
    retry: 'Réessayer',
    errorLoad: 'Impossible de charger {src} : {reason}',
    searchLabel: 'Rechercher votre produit par nom ou marque',
    searchMatches: {
      zero: 'Aucun produit ne correspond',
      one: '# produit correspond',
      many: '# produits correspondent',
      other: '# produits correspondent',
    },
    searchMore: '{shown} sur {total} affichés : continuez à taper pour affiner la liste.',
    launcher: launcherLabels.fr,
    dialogLabel: 'Assistant de dépannage de la recharge',
    close: 'Fermer',
  },
};
