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
    },
  },
  questions: {
    safety: {
      title: 'D’abord, une vérification de sécurité : constatez-vous l’un de ces signes ?',
      body: 'Observez l’appareil sans le garder longtemps en main : est-il gonflé ou bombé, ou très chaud ? Sent-il le brûlé ou les produits chimiques ? Fume-t-il, fuit-il ou siffle-t-il ? Ou a-t-il été mouillé ?',
      options: {
        danger: { label: 'Oui : gonflé, très chaud, odeur, fumée, fuite ou sifflement' },
        wet: { label: 'Il a été mouillé, ou rechargé alors qu’il était humide (pluie, transpiration, baignade)' },
        none: { label: 'Non, rien de tout cela' },
      },
    },
    'recall-check': {
      title: 'S’agit-il d’une enceinte Soundcore faisant l’objet d’un rappel ?',
      body: 'Anker a rappelé des enceintes Soundcore noires portant le numéro de modèle A3102016 (vendues sur Amazon en 2023-2024), car leur batterie peut surchauffer. Le numéro de modèle et le code SN figurent sous l’enceinte.',
      options: {
        recalled: {
          label: 'L’étiquette indique A3102016',
          note: 'Cette enceinte fait l’objet d’un rappel de sécurité : cessez de l’utiliser, éteignez-la et débranchez-la. Anker remplace gratuitement les enceintes rappelées : saisissez le code SN figurant sous l’enceinte sur la page de rappel de Soundcore.',
          links: ['Page de rappel Soundcore A3102', 'Avis de rappel de la CPSC'],
        },
        'other-model': { label: 'L’étiquette indique un autre numéro de modèle' },
        'cannot-find': { label: 'Je ne trouve pas l’étiquette' },
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
          body: 'Branchez le casque avec le câble que vous utilisez habituellement, et observez le voyant pendant une minute. Sur les casques Shokz, il est généralement rouge pendant la charge et bleu une fois la charge terminée (d’après la description d’un testeur, non confirmée par Shokz).',
        },
        {
          body: 'Placez les écouteurs dans le boîtier, branchez le boîtier et observez son voyant pendant une minute.',
        },
      ],
    },
    'how-it-started': {
      title: 'Comment le problème a-t-il commencé ?',
      options: {
        suddenly: { label: 'Brusquement, sans raison apparente' },
        gradually: { label: 'Progressivement : la batterie tenait de moins en moins longtemps' },
        'after-knock': { label: 'Après une chute, un choc ou une traction brusque sur le câble' },
        'after-cold-or-heat': { label: 'Après un séjour dans un endroit froid ou chaud' },
        'after-storage': { label: 'Après des semaines sans utilisation, ou après que la batterie s’est complètement vidée' },
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
    'generic-headphones': { brand: 'Autre', name: 'casque sans fil' },
    'generic-earbuds': { brand: 'Autres', name: 'écouteurs sans fil' },
    'generic-speaker': { brand: 'Autre', name: 'enceinte Bluetooth' },
  },
};
