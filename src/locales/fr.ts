import type { KnowledgeBaseTranslationFile } from '../core/types.js';
import knowledgeBase from '../knowledge-base/translations/fr.json' with { type: 'json' };
import type { Locale } from './types.js';

/** French: the core's and the elements' words and the built-in knowledge base. */
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
      title: 'Retourner l’appareil maintenant ou essayer d’abord une étape rapide ?',
      body: 'L’appareil n’a jamais fonctionné et vous êtes encore dans le délai de retour de {days} : vous pouvez donc le rapporter dès maintenant pour obtenir un remboursement ou un échange. Vous pouvez aussi essayer d’abord l’étape rapide qui a le plus de chances d’aider.',
      options: {
        'return-now': 'Retourner l’appareil maintenant',
        'try-first': 'Essayer d’abord une étape rapide',
      },
    },
    outcomes: {
      resolved: {
        title: 'La charge fonctionne de nouveau',
        body: 'Bonne nouvelle. Cause probable : {cause}. Si le problème se reproduit, commencez par l’étape qui a fonctionné cette fois-ci.',
      },
      'safety-stop': {
        title: 'Stop : n’utilisez pas l’appareil et ne le rechargez pas',
        body: 'Débranchez le chargeur de la prise murale si vous pouvez le faire sans toucher le produit, et ne rechargez pas l’appareil pour le moment.',
      },
      refund: {
        title: 'Retournez l’appareil pour un remboursement ou un échange',
        body: 'Vous êtes encore dans le délai de retour de {days} : le plus rapide est de rapporter l’appareil là où vous l’avez acheté en signalant qu’il ne se recharge pas. Rapportez-le complet, avec le ticket de caisse, le câble et la boîte : en général, les retours ne sont acceptés que si l’article est complet et en état d’être revendu.',
      },
      'warranty-claim': {
        title: 'Faites jouer la garantie',
        body: 'L’appareil est encore couvert par sa garantie de {warranty}, qui s’applique aux défauts de fabrication : si votre demande est acceptée, il sera réparé ou remplacé gratuitement. Gardez à portée de main le numéro de série et la preuve d’achat. Ne l’ouvrez pas et ne le faites pas réparer ailleurs avant : cela peut annuler la garantie.',
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
        body: 'Les étapes proposées ici n’ont pas résolu le problème. L’assistance du fabricant peut prendre le relais : envoyez-lui le récapitulatif, pour qu’elle sache ce que vous avez déjà essayé.',
      },
    },
    replaceReasons: {
      'no-repair-service':
        'L’appareil n’est plus couvert par sa garantie de {warranty}, et {brand} ne propose pas de service de réparation : la solution est donc de le remplacer. Déposez l’ancien appareil dans un point de collecte des batteries, jamais avec les ordures ménagères.',
      'repair-too-costly':
        'L’appareil n’est plus couvert par sa garantie de {warranty}, et une réparation coûterait à peu près autant qu’un appareil neuf : la solution est donc de le remplacer. Déposez l’ancien appareil dans un point de collecte des batteries, jamais avec les ordures ménagères.',
    },
    legalPresumed:
      'Un défaut qui apparaît dans un délai de {presumed} à compter de la livraison est présumé avoir existé dès le départ ; au-delà, on peut vous demander de prouver qu’il existait déjà.',
    alsoSeller:
      'Le droit de la consommation en vigueur pour {region} s’applique également : le magasin qui l’a vendu doit remédier à un défaut qui apparaît dans un délai de {legal} à compter de la livraison.',
    yourRegion: 'votre pays',
    unknownCause: 'l’une des causes les plus simples',
    warrantyLink: 'Garantie {brand}',
    supportLink: 'Assistance {brand}',
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
      steps: 'Étapes',
      noSteps: 'aucune pour l’instant',
      result: 'Résultat',
      inProgress: 'pas encore terminé',
      causes: 'Causes probables',
    },
  },
  ui: {
    step: 'Étape {n}',
    minutesLeft: {
      one: 'Encore environ # minute d’étapes',
      many: 'Encore environ # minutes d’étapes',
      other: 'Encore environ # minutes d’étapes',
    },
    back: 'Retour',
    startTimer: 'Lancer un minuteur de {duration}',
    timerLeft: 'Temps restant : {clock}',
    timerDone: 'Temps écoulé : qu’observez-vous maintenant ?',
    timerHint: 'Vous pouvez répondre quand vous le souhaitez.',
    timerKeepsCounting: 'Le minuteur continue de tourner si vous quittez cette page.',
    likelyCauses: 'Causes les plus probables',
    nextSteps: 'Que faire ensuite',
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    copySummary: 'Copier le récapitulatif',
    copied: 'Récapitulatif copié. Collez-le dans votre message à l’assistance.',
    copyFallback: 'Votre navigateur a bloqué la copie. Sélectionnez le texte ci-dessous et copiez-le.',
    summaryLabel: 'Récapitulatif pour l’assistance',
    emailSupport: 'Écrire à l’assistance',
    emailSubject: 'Problème de charge',
    startReturn: 'Demander un retour',
    startOver: 'Recommencer',
    loading: 'Chargement de l’assistant de dépannage…',
    errorTitle: 'L’assistant de dépannage ne peut pas démarrer',
    errorKnowledgeBase: 'Sa base de connaissances présente des problèmes :',
    moreProblems: { one: '… et # autre', many: '… et # autres', other: '… et # autres' },
    errorLoad: 'Impossible de charger {src} : {reason}',
    launcher: 'Aide à la recharge',
    dialogLabel: 'Assistant de dépannage de la recharge',
    close: 'Fermer',
  },
  knowledgeBases: { 'charge-troubleshooter': knowledgeBase as KnowledgeBaseTranslationFile },
};
