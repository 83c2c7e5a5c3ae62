import type { KnowledgeBaseTranslation } from '../../core/types.js';

/** French words of the built-in knowledge base. */
export const fr: KnowledgeBaseTranslation = {
  causes: {
    cable: { label: 'Câble de charge défectueux' },
    'power-source': { label: 'Chargeur ou port USB qui ne fournit pas de courant' },
    'dirty-contacts': { label: 'Contacts ou port de charge encrassés' },
    'software-glitch': { label: 'Bug logiciel' },
    firmware: { label: 'Micrologiciel obsolète ou défectueux' },
    'deep-discharge': { label: 'Batterie trop profondément déchargée' },
    temperature: { label: 'Température trop élevée ou trop basse pour la charge' },
    moisture: { label: 'Humidité sur les contacts ou dans le port' },
    'port-damage': { label: 'Port ou contacts de charge endommagés' },
    'charging-circuit': { label: 'Circuit de charge défectueux' },
    'battery-worn': { label: 'Batterie usée ou hors service' },
  },
  actions: {
    'try-another-cable': {
      title: 'Essayez un autre câble de charge',
      steps: [
        'Utilisez un autre câble, dont vous savez qu’il recharge bien un autre appareil.',
        'Enfoncez complètement les fiches aux deux extrémités du câble.',
        'Laissez l’appareil branché 5 minutes en surveillant le voyant de charge.',
      ],
      variants: [
        {
          steps: [
            'Utilisez un autre câble de charge magnétique Shokz conçu pour votre modèle, si vous en avez un ou pouvez en emprunter un.',
            'Vérifiez que la fiche magnétique se plaque bien droit sur les deux contacts, sans rien entre eux.',
            'Branchez le câble sur un chargeur secteur et surveillez le voyant pendant 5 minutes.',
          ],
        },
        {
          steps: [
            'Utilisez un autre socle de charge OpenSwim, si vous en avez un ou pouvez en emprunter un.',
            'Placez bien le casque dans le socle, de sorte que les contacts se touchent.',
            'Branchez le socle sur un chargeur secteur et surveillez le voyant pendant 5 minutes.',
          ],
        },
        {
          steps: [
            'Rechargez le boîtier avec un autre câble, dont vous savez qu’il recharge bien un autre appareil.',
            'Vérifiez que chaque écouteur est bien enfoncé au fond du boîtier et que le couvercle se ferme.',
            'Laissez le boîtier branché 5 minutes en surveillant son voyant.',
          ],
        },
      ],
    },
    'try-another-power-source': {
      title: 'Essayez un autre chargeur ou une autre prise',
      steps: [
        'Branchez le câble sur un autre chargeur secteur USB (un chargeur de téléphone convient), dans une prise dont vous savez qu’elle fonctionne.',
        'Évitez les ports d’un ordinateur portable en veille, les ports de téléviseur et les hubs USB non alimentés : beaucoup fournissent trop peu de courant.',
        'Patientez 5 minutes en surveillant le voyant de charge.',
      ],
    },
    'clean-contacts': {
      title: 'Nettoyez les contacts de charge',
      steps: [
        'Débranchez tout.',
        'Essuyez les contacts ou le port de charge, ainsi que la fiche du câble, avec un chiffon doux et sec ou une brosse souple et sèche.',
        'Pour les salissures collantes, utilisez un coton-tige légèrement imbibé d’alcool isopropylique, puis laissez tout sécher complètement (au moins 10 minutes).',
        'N’utilisez jamais de papier de verre, de couteau, d’épingle ni aucun objet métallique ou abrasif : cela endommage les contacts.',
        'Rebranchez l’appareil et surveillez le voyant de charge.',
      ],
      variants: [
        {
          steps: [
            'Débranchez le câble.',
            'Essuyez les deux contacts métalliques du casque et ceux de la fiche magnétique du câble avec un chiffon doux et sec ou une brosse souple et sèche. La transpiration laisse un film que vous ne voyez pas forcément.',
            'Pour les salissures collantes, utilisez un coton-tige légèrement imbibé d’alcool isopropylique, puis laissez tout sécher complètement (au moins 10 minutes).',
            'N’utilisez jamais de papier de verre, de couteau, d’épingle ni aucun objet métallique ou abrasif : cela endommage les contacts.',
            'Remettez le câble en place et surveillez le voyant de charge.',
          ],
        },
        {
          steps: [
            'Retirez le casque du socle.',
            'Essuyez les contacts du casque et ceux du socle avec un chiffon doux et sec : l’eau de piscine et la transpiration laissent un film.',
            'Pour les salissures collantes, utilisez un coton-tige légèrement imbibé d’alcool isopropylique, puis laissez tout sécher complètement (au moins 10 minutes).',
            'N’utilisez jamais de papier de verre, de couteau, d’épingle ni aucun objet métallique ou abrasif.',
            'Replacez le casque dans le socle et surveillez le voyant de charge.',
          ],
        },
        {
          steps: [
            'Débranchez l’appareil et orientez son port de charge vers une source de lumière.',
            'Délogez les peluches avec une brosse souple et sèche ou un cure-dent en bois, délicatement et sans appuyer sur les broches ; n’utilisez jamais d’objet métallique.',
            'Soufflez pour chasser la poussière délogée, et essuyez la fiche du câble avec un chiffon sec.',
            'Pour la crasse, passez autour de l’ouverture un coton-tige légèrement imbibé d’alcool isopropylique, puis laissez sécher complètement (au moins 10 minutes).',
            'Rebranchez le câble en l’enfonçant à fond, et surveillez le voyant de charge.',
          ],
        },
        {
          steps: [
            'Sortez les écouteurs du boîtier.',
            'Essuyez les contacts métalliques de chaque écouteur et ceux de l’intérieur du boîtier avec un coton-tige sec ; le cérumen qui s’y dépose empêche la charge.',
            'Pour les salissures collantes, imbibez légèrement le coton-tige d’alcool isopropylique, puis laissez tout sécher complètement (au moins 10 minutes).',
            'N’utilisez jamais de papier de verre, d’épingle ni aucun objet métallique ou abrasif.',
            'Remettez les écouteurs en place, fermez le couvercle et surveillez le voyant du boîtier.',
          ],
        },
      ],
    },
    'clean-thoroughly': {
      title: 'Nettoyez à nouveau les contacts, à fond',
      steps: [
        'Débranchez tout.',
        'Imbibez légèrement un coton-tige d’alcool isopropylique (70 à 99 %), sans qu’il goutte.',
        'Frottez chaque contact de charge ou l’ouverture du port, ainsi que la fiche du câble, pendant 10 à 20 secondes, en tournant le coton-tige sur une partie propre, jusqu’à ce qu’il ressorte propre.',
        'Laissez tout sécher complètement, au moins 10 minutes, avant de rebrancher l’appareil.',
        'N’utilisez jamais de papier de verre, de couteau, d’épingle ni aucun objet métallique ou abrasif : cela endommage les contacts.',
        'Rebranchez l’appareil et surveillez le voyant de charge.',
      ],
    },
    'dry-contacts': {
      title: 'Laissez sécher les contacts pendant 30 minutes',
      steps: [
        'Débranchez l’appareil. La transpiration, la pluie ou la condensation sur les contacts ou dans le port peuvent empêcher la charge, et certains modèles refusent de charger tant qu’ils détectent de l’humidité.',
        'Essuyez les contacts de charge ou l’ouverture du port, ainsi que la fiche du câble, avec un chiffon doux et sec.',
        'Laissez-le débranché pendant 30 minutes dans une pièce sèche, à température normale, port tourné vers le bas ou contacts tournés vers le haut. N’utilisez ni sèche-cheveux, ni four, ni radiateur.',
        'Rebranchez-le ensuite et surveillez le voyant de charge.',
      ],
    },
    'restart-reset': {
      title: 'Redémarrez ou réinitialisez l’appareil',
      steps: [
        'Débranchez l’appareil et éteignez-le, s’il s’allume encore.',
        'Attendez 10 secondes, puis rallumez-le.',
        'Si votre notice ou le site d’assistance du fabricant indique une procédure de réinitialisation pour votre modèle, suivez-la : la combinaison de boutons varie d’un modèle à l’autre, n’essayez donc pas d’en deviner une.',
        'Rebranchez l’appareil et surveillez le voyant de charge.',
      ],
      variants: [
        {
          title: 'Réinitialisez le casque',
          steps: [
            'Débranchez le câble et éteignez le casque.',
            'Maintenez le bouton volume + enfoncé 5 à 7 secondes, jusqu’à ce que le voyant clignote en rouge et bleu (mode appairage).',
            'Maintenez enfoncés simultanément les boutons multifonction, volume + et volume − pendant 3 à 5 secondes, jusqu’à entendre des bips ou sentir une vibration.',
            'Éteignez le casque, rebranchez le câble et surveillez le voyant. Si rien ne change, vous pouvez répéter la réinitialisation deux ou trois fois.',
          ],
        },
        {
          title: 'Réinitialisez l’enceinte',
          steps: [
            'Débranchez l’enceinte et allumez-la, si elle s’allume encore.',
            'Maintenez enfoncés simultanément les boutons marche/arrêt et BassUp pendant 5 à 6 secondes, jusqu’à ce qu’elle se réinitialise.',
            'Rebranchez l’enceinte et surveillez le voyant de charge.',
          ],
        },
        {
          title: 'Redémarrez ou réinitialisez l’enceinte',
          steps: [
            'Débranchez l’enceinte et éteignez-la, si elle s’allume encore.',
            'Attendez 10 secondes, puis rallumez-la.',
            'Les combinaisons de réinitialisation Soundcore varient selon le modèle ; la combinaison « marche/arrêt + volume − pendant 10 secondes » que vous trouverez peut-être en ligne n’est pas universelle. Utilisez celle indiquée dans votre notice ou sur le site d’assistance Soundcore.',
            'Rebranchez l’enceinte et surveillez le voyant de charge.',
          ],
        },
      ],
    },
    'charge-untouched': {
      title: 'Laissez l’appareil en charge 30 minutes sans y toucher',
      steps: [
        'Branchez l’appareil sur un chargeur secteur, avec le câble auquel vous faites le plus confiance.',
        'Une batterie complètement à plat peut n’allumer aucun voyant pendant les 10 à 30 premières minutes : ne débranchez pas l’appareil pour vérifier.',
        'Laissez-le charger sur une surface dure, pas sur un lit ni sur un canapé, et pas pendant que vous dormez.',
        'Au bout de 30 minutes, regardez le voyant de charge.',
      ],
      variants: [
        {
          steps: [
            'Branchez l’enceinte sur un chargeur secteur, avec le câble auquel vous faites le plus confiance.',
            'Une batterie complètement à plat peut n’allumer aucun voyant pendant les 10 à 30 premières minutes : ne débranchez pas l’enceinte pour vérifier.',
            'Laissez-la charger sur une surface dure, pas sur un lit ni sur un canapé, et pas pendant que vous dormez.',
            'Au bout de 30 minutes, regardez le voyant de charge. Une fois la charge lancée, une enceinte Soundcore met généralement 3 à 5 heures à se recharger complètement.',
          ],
        },
      ],
    },
    'charge-longer': {
      title: 'Laissez l’appareil en charge 90 minutes de plus sans y toucher',
      steps: [
        'Laissez-le branché sur le chargeur secteur, sur une surface dure, pendant encore 90 minutes : 2 heures au total.',
        'Une batterie complètement à plat peut avoir besoin de tout ce temps avant que le voyant s’allume ou que le niveau de charge bouge.',
        'Ne le laissez pas charger sur un lit ni sur un canapé, ni pendant que vous dormez.',
        'Regardez ensuite le voyant de charge, ou allumez l’appareil et vérifiez le niveau de la batterie.',
      ],
      variants: [
        {
          steps: [
            'Laissez l’enceinte branchée sur le chargeur secteur, sur une surface dure, pendant encore 90 minutes : 2 heures au total.',
            'Une batterie complètement à plat peut avoir besoin de tout ce temps avant que le voyant s’allume ; une enceinte Soundcore met généralement 3 à 5 heures à se recharger complètement.',
            'Ne la laissez pas charger sur un lit ni sur un canapé, ni pendant que vous dormez.',
            'Regardez ensuite le voyant de charge, ou allumez l’enceinte et vérifiez le niveau de la batterie.',
          ],
        },
      ],
    },
    'charge-switched-off': {
      title: 'Rechargez l’appareil éteint',
      steps: [
        'Éteignez-le complètement (maintenez le bouton marche/arrêt enfoncé jusqu’à ce qu’il s’éteigne), s’il s’allume encore.',
        'Branchez-le sur un chargeur secteur, avec le câble auquel vous faites le plus confiance, et laissez-le éteint, sur une surface dure, pendant 30 minutes.',
        'Certains produits ne commencent pas à charger tant qu’un bug les occupe ; une fois éteints, seule la charge fonctionne.',
        'Regardez ensuite le voyant de charge.',
      ],
    },
    'room-temperature': {
      title: 'Laissez l’appareil revenir à température ambiante',
      steps: [
        'S’il a séjourné dans un endroit froid ou chaud (voiture, extérieur, plein soleil, près d’un radiateur), débranchez-le et rentrez-le à l’intérieur.',
        'Laissez-le à température ambiante pendant environ 45 minutes. Ne le réchauffez pas avec un radiateur ou un sèche-cheveux, et ne le refroidissez pas au réfrigérateur.',
        'Rebranchez-le et surveillez le voyant de charge.',
      ],
    },
    'update-firmware': {
      title: 'Mettez à jour le micrologiciel',
      steps: [
        'L’appareil doit pouvoir s’allumer, même uniquement lorsqu’il est branché ; si ce n’est pas le cas, choisissez « Je ne peux pas le faire ».',
        'Connectez-le à votre téléphone et ouvrez l’application du fabricant, s’il en existe une.',
        'Installez toute mise à jour du micrologiciel proposée par l’application, en gardant l’appareil près du téléphone et branché jusqu’à la fin de la mise à jour.',
        'Vérifiez ensuite s’il se recharge.',
      ],
      variants: [
        {
          steps: [
            'L’enceinte doit pouvoir s’allumer, même uniquement lorsqu’elle est branchée ; si ce n’est pas le cas, choisissez « Je ne peux pas le faire ».',
            'Connectez l’enceinte à votre téléphone et ouvrez l’application Soundcore.',
            'Ouvrez les réglages de l’enceinte et installez toute mise à jour du micrologiciel proposée, en laissant l’enceinte branchée et près du téléphone jusqu’à la fin de la mise à jour.',
            'Vérifiez ensuite si elle se recharge.',
          ],
        },
        {
          steps: [
            'Le casque doit pouvoir s’allumer ; si ce n’est pas le cas, choisissez « Je ne peux pas le faire ».',
            'Connectez-le à votre téléphone et ouvrez l’application Shokz, si elle prend en charge votre modèle (tous les modèles ne reçoivent pas de mises à jour).',
            'Installez toute mise à jour du micrologiciel proposée, en gardant le casque près du téléphone jusqu’à la fin de la mise à jour.',
            'Vérifiez ensuite s’il se recharge.',
          ],
        },
      ],
    },
    'dry-out': {
      title: 'Séchez complètement l’appareil avant de le recharger',
      steps: [
        'Débranchez-le immédiatement et ne le rechargez pas tant qu’il est humide.',
        'Essuyez l’extérieur et les contacts ou le port de charge avec un chiffon doux et sec ; secouez-le, port tourné vers le bas, pour faire sortir l’eau des ouvertures.',
        'Laissez-le dans un endroit sec et aéré, à température ambiante, pendant au moins plusieurs heures ; le plus sûr est de le laisser toute la nuit. N’utilisez ni sèche-cheveux, ni four, ni radiateur.',
        'Ne le branchez que lorsqu’il est complètement sec, puis surveillez le voyant de charge.',
      ],
      whenSkipped: {
        note:
          'Ne le rechargez pas avant qu’il soit complètement sec : de l’eau dans le port de charge ou sur les contacts peut provoquer un court-circuit, les corroder définitivement ou endommager la batterie. ' +
          'Laissez-le débranché dans un endroit sec et aéré, à température ambiante, pendant au moins plusieurs heures (le plus sûr est de le laisser toute la nuit), puis relancez l’assistant de dépannage.',
      },
    },
  },
  questions: {
    safety: {
      title: 'D’abord, une vérification de sécurité : constatez-vous l’un de ces signes ?',
      body: 'Observez l’appareil sans le garder longtemps en main : est-il gonflé ou bombé, ou très chaud ? Sent-il le brûlé ou les produits chimiques ? Fume-t-il, fuit-il ou siffle-t-il ? Ou a-t-il été mouillé ?',
      options: {
        danger: {
          label: 'Oui : gonflé, très chaud, odeur, fumée, fuite ou sifflement',
          note:
            'Une batterie gonflée, chaude, qui dégage une odeur, fume ou fuit peut prendre feu : ne rechargez plus l’appareil. ' +
            'Laissez-le sur une surface dure, loin de tout ce qui peut brûler (pas sur un lit ni sur un canapé). S’il fume ou s’enflamme, éloignez-vous et appelez les pompiers. ' +
            'Ne le jetez jamais avec les ordures ménagères : le fabricant ou un point de collecte des batteries le reprendra. Un produit qui fait cela est défectueux : le magasin ou le fabricant vous doit un remboursement ou un remplacement.',
        },
        wet: { label: 'Il a été mouillé, ou rechargé alors qu’il était humide (pluie, transpiration, baignade)' },
        none: { label: 'Non, rien de tout cela' },
      },
    },
    'recall-check': {
      title: 'Avant toute chose, vérifiez le rappel',
      body: 'Anker a rappelé les enceintes Soundcore A3102 noires (modèle A3102016) vendues sur Amazon entre mars 2023 et juin 2024 : leur batterie peut surchauffer. Saisissez le code SN figurant sous l’enceinte sur la page de rappel de Soundcore. Les enceintes A3102 rouges et bleues ne sont pas concernées par le rappel.',
      options: {
        recalled: {
          label: 'La page de rappel indique qu’elle est rappelée',
          note: 'Cette enceinte fait l’objet d’un rappel de sécurité : cessez de l’utiliser, éteignez-la, débranchez-la et ne la rechargez plus. Anker remplace gratuitement les enceintes rappelées : demandez le remplacement sur la page de rappel de Soundcore. Ne la jetez jamais avec les ordures ménagères ni dans un bac de collecte de déchets électroniques en magasin : suivez les instructions d’Anker pour la renvoyer.',
          links: ['Page de rappel Soundcore A3102 : vérifiez le code SN', 'Avis de rappel de la CPSC'],
        },
        'not-recalled': { label: 'Elle n’est pas rappelée, ou elle est rouge ou bleue' },
        'cannot-check': {
          label: 'Je ne peux pas vérifier pour l’instant',
          note: 'Tant que vous ne savez pas qu’elle n’est pas rappelée, ne la rechargez pas : éteignez-la, débranchez-la et vérifiez d’abord son code SN sur la page de rappel de Soundcore. Si elle est rappelée, Anker la remplace gratuitement ; sinon, relancez l’assistant de dépannage.',
          links: ['Page de rappel Soundcore A3102 : vérifiez le code SN'],
        },
      },
    },
    'recall-label': {
      title: 'S’agit-il d’une enceinte Soundcore faisant l’objet d’un rappel ?',
      body: 'Anker a rappelé des enceintes Soundcore noires dont l’étiquette, sous l’enceinte, porte le numéro de modèle A3102016 (vendues sur Amazon en 2023-2024), car leur batterie peut surchauffer. Retournez l’enceinte et regardez l’étiquette.',
      options: {
        recalled: {
          label: 'Oui : une enceinte Soundcore noire, modèle A3102016',
          note: 'Ce modèle fait l’objet d’un rappel de sécurité : cessez d’utiliser l’enceinte, éteignez-la, débranchez-la et ne la rechargez plus. Saisissez le code SN figurant sous l’enceinte sur la page de rappel de Soundcore : Anker remplace gratuitement les enceintes rappelées. Ne la jetez jamais avec les ordures ménagères ni dans un bac de collecte de déchets électroniques en magasin.',
          links: ['Page de rappel Soundcore A3102 : vérifiez le code SN', 'Avis de rappel de la CPSC'],
        },
        'other-model': { label: 'Non, c’est une autre marque ou un autre modèle' },
        'cannot-find': {
          label: 'Je ne trouve pas l’étiquette',
          note: 'Vous n’avez pas trouvé l’étiquette du modèle : s’il s’agit d’une enceinte Soundcore noire achetée sur Amazon en 2023-2024, vérifiez son code SN sur la page de rappel de Soundcore avant de la recharger.',
          links: ['Page de rappel Soundcore A3102 : vérifiez le code SN'],
        },
      },
    },
    'charging-light': {
      title: 'Que fait le voyant de charge lorsque vous branchez l’appareil ?',
      body: 'Branchez-le avec le câble et le chargeur que vous utilisez habituellement, et observez le voyant pendant une minute.',
      options: {
        'no-light': { label: 'Aucun voyant ne s’allume' },
        'odd-light': { label: 'Le voyant clignote, vacille ou prend une couleur inhabituelle' },
        'normal-light': { label: 'Le voyant semble normal, mais la batterie ne se charge pas ou se vide vite' },
      },
      variants: [
        {
          body: 'Placez les écouteurs dans le boîtier, branchez le boîtier et observez son voyant pendant une minute.',
        },
      ],
    },
    'charging-light-shokz': {
      title: 'Que fait le voyant lorsque vous branchez le câble ?',
      body: 'Branchez le casque avec le câble que vous utilisez habituellement, et observez le voyant pendant une minute. Sur les casques Shokz, un voyant rouge, fixe ou clignotant, indique que la charge est en cours ; bleu, que la batterie est pleine.',
      options: {
        'no-light': { label: 'Aucun voyant ne s’allume' },
        'red-light': { label: 'Rouge, fixe ou clignotant, mais la batterie ne se charge pas ou se vide vite' },
        'other-light': { label: 'Bleu tout de suite alors que la batterie est vide, ou rouge et bleu clignotant' },
      },
    },
    'how-it-started': {
      title: 'Comment le problème a-t-il commencé ?',
      options: {
        suddenly: { label: 'Brusquement, sans raison apparente' },
        gradually: { label: 'Progressivement : la batterie tenait de moins en moins longtemps' },
        'after-knock': {
          label: 'Après une chute, un choc ou une traction brusque sur le câble',
          note: 'Les garanties des fabricants couvrent les défauts de fabrication, pas les chutes, les chocs ni les autres accidents : comme l’appareil a cessé de fonctionner après l’un d’eux, une réclamation peut être refusée ou la réparation facturée. Lors de votre réclamation, expliquez honnêtement ce qui s’est passé.',
        },
        'after-cold-or-heat': { label: 'Après un séjour dans un endroit froid ou chaud' },
        'after-storage': { label: 'Après des semaines sans utilisation, ou après que la batterie s’est complètement vidée' },
        'never-worked': { label: 'Il ne s’est jamais rechargé depuis que je l’ai' },
      },
    },
    'cable-on-other-device': {
      title: 'Le même câble et le même chargeur rechargent-ils un autre appareil, comme un téléphone ?',
      options: {
        yes: { label: 'Oui, l’autre appareil se recharge' },
        no: { label: 'Non, il ne se recharge pas non plus' },
        'cannot-try': { label: 'Je ne peux pas essayer' },
      },
    },
    'works-when-plugged': {
      title: 'L’enceinte s’allume-t-elle ?',
      options: {
        'only-plugged-in': { label: 'Seulement lorsqu’elle est branchée' },
        never: { label: 'Non, même pas lorsqu’elle est branchée' },
        'runs-out-fast': { label: 'Oui, mais la batterie se vide vite ou son niveau reste bloqué' },
      },
    },
    'update-offered': {
      title: 'L’application du fabricant propose-t-elle une mise à jour du micrologiciel ?',
      body: 'Allumez l’appareil (branché, s’il ne fonctionne que comme ça), connectez-le à votre téléphone et ouvrez l’application du fabricant. N’installez rien pour l’instant : regardez seulement si une mise à jour est proposée.',
      options: {
        offered: { label: 'Oui, une mise à jour est proposée' },
        'up-to-date': { label: 'Non, l’application indique qu’il est à jour' },
        'cannot-check': { label: 'Je ne peux pas vérifier : l’appareil ne s’allume pas, ou il n’y a pas d’application' },
      },
    },
    'contacts-look': {
      title: 'Examinez attentivement le port ou les contacts de charge sous un bon éclairage. Que voyez-vous ?',
      options: {
        dirt: { label: 'De la saleté, des peluches ou un dépôt vert ou blanc' },
        damage: { label: 'Quelque chose de tordu, de mal fixé, de fissuré ou de brûlé' },
        'looks-fine': { label: 'Tout semble propre et intact' },
      },
      variants: [
        { title: 'Examinez attentivement les deux contacts métalliques du casque et ceux de la fiche du câble. Que voyez-vous ?' },
        { title: 'Examinez attentivement les contacts du casque et ceux du socle. Que voyez-vous ?' },
        { title: 'Examinez attentivement les contacts des écouteurs et ceux de l’intérieur du boîtier. Que voyez-vous ?' },
      ],
    },
  },
  devices: {
    'shokz-openrun': { brand: 'Shokz', name: 'OpenRun' },
    'shokz-openrun-pro': { brand: 'Shokz', name: 'OpenRun Pro' },
    'shokz-openmove': { brand: 'Shokz', name: 'OpenMove' },
    'shokz-openswim': { brand: 'Shokz', name: 'OpenSwim' },
    'shokz-aeropex': { brand: 'Shokz', name: 'Aeropex' },
    'soundcore-motion-plus': { brand: 'Soundcore', name: 'Motion+' },
    'soundcore-flare-2': { brand: 'Soundcore', name: 'Flare 2' },
    'soundcore-boost': { brand: 'Soundcore', name: 'Boost' },
    'soundcore-a3102': { brand: 'Soundcore', name: 'A3102 (enceinte noire)' },
    'generic-headphones': { brand: 'Autre', name: 'casque sans fil' },
    'generic-earbuds': { brand: 'Autres', name: 'écouteurs sans fil' },
    'generic-speaker': { brand: 'Autre', name: 'enceinte Bluetooth' },
  },
  legalRights: {
    EU: { name: 'l’UE' },
    UK: { name: 'le Royaume-Uni' },
  },
};
