import type { CoreMessages } from './messages.js';

export const fr: CoreMessages = {
  deviceTitle: 'Quel appareil ne se recharge pas ?',
  deviceBody: 'Choisissez le modèle le plus proche : les étapes et les conseils sur la garantie en dépendent.',
  ageTitle: 'Quand l’appareil a-t-il été acheté ?',
  ageBody: 'La date figurant sur le ticket de caisse ou la confirmation de commande détermine la marche à suivre : retour, recours à la garantie ou réparation.',
  ageOptions: {
    return: 'Il y a moins de {days}',
    warranty: 'Il y a entre {days} et {warranty}',
    warrantyNoReturn: 'Il y a moins de {warranty}',
    lifespan: 'Il y a entre {warranty} et {lifespan}',
    'past-lifespan': 'Il y a plus de {lifespan}',
    unknown: 'Je ne sais pas',
  },
  actionOptions: {
    fixed: 'La charge fonctionne maintenant',
    'not-fixed': 'Toujours pas de charge',
    skip: 'Je ne peux pas le faire',
  },
  outcomes: {
    resolved: {
      title: 'La charge fonctionne de nouveau',
      body: 'Bonne nouvelle. La cause la plus probable était : {cause}. Si le problème se reproduit, commencez par l’étape qui a fonctionné cette fois-ci.',
    },
    'safety-stop': {
      title: 'Stop : n’utilisez pas l’appareil et ne le rechargez pas',
      body:
        'Une batterie gonflée, chaude, qui dégage une odeur ou de la fumée, ou qui fuit, peut prendre feu. Débranchez le chargeur de la prise murale si vous pouvez le faire sans toucher le produit, et ne rechargez plus l’appareil. ' +
        'Laissez-le sur une surface dure, à l’écart de tout ce qui peut brûler (pas sur un lit ni sur un canapé). S’il fume ou s’enflamme, éloignez-vous et appelez les pompiers. ' +
        'Ne le jetez jamais avec les ordures ménagères : le fabricant ou un point de collecte des batteries le reprendra.',
    },
    refund: {
      title: 'Retournez l’appareil pour un remboursement ou un échange',
      body: 'Vous êtes encore dans le délai de retour de {days} : le plus rapide est de rapporter l’appareil là où vous l’avez acheté pour obtenir un remboursement ou un échange. Munissez-vous de la preuve d’achat, du câble et de la boîte si vous les avez.',
    },
    'warranty-claim': {
      title: 'Faites jouer la garantie',
      body: 'L’appareil est encore couvert par sa garantie de {warranty} : une demande de prise en charge devrait permettre de le faire réparer ou remplacer gratuitement. Ne l’ouvrez pas et ne le faites pas réparer ailleurs avant : cela peut annuler la garantie.',
    },
    repair: {
      title: 'Faites réparer l’appareil',
      body: 'L’appareil n’est plus couvert par sa garantie de {warranty}, mais il a moins de {lifespan}, la durée de vie habituelle d’une batterie de ce type : une réparation peut donc valoir la peine. Demandez un devis au fabricant ou à un réparateur. Ne l’ouvrez pas vous-même : une batterie endommagée peut prendre feu.',
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
};
