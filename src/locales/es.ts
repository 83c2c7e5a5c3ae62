import { launcherLabels } from './launcher-labels.js';
import type { Locale } from './types.js';

/** Spanish: the core's and the elements' words. */
export const es: Locale = {
  tag: 'es',
  core: {
    deviceTitle: '¿Qué producto no carga?',
    deviceBody: 'Elige el que más se parezca: los pasos y los consejos sobre la garantía dependen de ello.',
    ageTitle: '¿Cuándo se compró?',
    ageBody:
      'La fecha del ticket de compra o de la confirmación del pedido determina si lo que corresponde es una devolución, una reclamación de garantía o una reparación.',
    ageOptions: {
      return: 'En los últimos {days}',
      warranty: 'Hace entre {days} y {warranty}',
      warrantyNoReturn: 'Hace menos de {warranty}',
      lifespan: 'Hace entre {legal} y {lifespan}',
      legal: 'Hace entre {warranty} y {legal}',
      'past-lifespan': 'Hace más de {lifespan}',
      unknown: 'No lo sé con seguridad',
    },
    actionOptions: {
      fixed: 'Ahora sí carga',
      'not-fixed': 'Sigue sin cargar',
      skip: 'No puedo hacerlo',
    },
    returnOffer: {
      title: '¿Devolverlo ahora o probar antes las soluciones más probables?',
      body: 'Nunca ha funcionado y todavía está dentro del plazo de devolución de {days}, así que puedes devolverlo ahora mismo para que te reembolsen el dinero o te lo cambien. O prueba antes los pasos con más probabilidades de ayudar: podrás devolverlo igualmente después.',
      options: {
        'return-now': 'Devolverlo ahora',
        'try-first': 'Probar antes las soluciones más probables',
      },
    },
    outcomes: {
      resolved: {
        title: 'Vuelve a cargar',
        body: 'Buenas noticias. La causa probable: {cause}. Si vuelve a ocurrir, empieza por el paso que ha funcionado esta vez.',
      },
      'safety-stop': {
        title: 'Detente: no lo uses ni lo cargues',
        body: 'Según tu respuesta, no es seguro continuar. Haz ahora lo siguiente, en este orden.',
      },
      refund: {
        title: 'Devuélvelo para obtener un reembolso o un cambio',
        body: 'Todavía está dentro del plazo de devolución de {days}, así que lo más rápido es devolverlo a la tienda donde lo compraste, en el mostrador o a través de su web: explica que no carga y qué has probado ya. Normalmente solo se aceptan devoluciones completas, con el cable y la caja, y en condiciones de reventa.',
      },
      'warranty-claim': {
        title: 'Reclama la garantía',
        body: 'Todavía está dentro de su garantía de {warranty}, que cubre los defectos de fabricación: si el fabricante encuentra uno, te lo repara o te lo sustituye sin coste alguno. No lo abras ni lo lleves a reparar a otro sitio antes: eso puede anular la garantía.',
      },
      'legal-guarantee': {
        title: 'Pide a la tienda que lo solucione',
        body: 'La garantía de {warranty} del fabricante ya ha vencido, pero todavía está dentro del plazo de {legal} desde la entrega. Según la legislación de consumo vigente en {region}, la tienda que te lo vendió debe reparar o sustituir sin coste para ti un producto defectuoso o, si no lo consigue, devolverte el dinero. Dirígete a la tienda, no al fabricante, con el justificante de compra.',
      },
      repair: {
        title: 'Llévalo a reparar',
        body: 'Su garantía de {warranty} ya ha vencido, pero tiene menos de {lifespan}, lo que suele durar una batería como esta, y la reparación cuesta menos que uno nuevo, así que puede valer la pena repararlo. Pide presupuesto al fabricante o a un taller de reparación. No lo abras tú: una batería dañada puede incendiarse.',
      },
      replace: {
        title: 'Es hora de sustituirlo',
        body: 'Su garantía de {warranty} ya ha vencido y tiene más de {lifespan}, lo que suele durar una batería como esta, así que repararlo rara vez compensa. Recicla el antiguo en un punto de recogida de baterías, nunca en la basura doméstica.',
      },
      'contact-support': {
        title: 'Ponte en contacto con el soporte técnico',
        body: 'Estos pasos no han resuelto el problema. El soporte técnico puede ayudarte a partir de aquí: envíale el resumen para que sepa lo que ya has probado.',
      },
      'get-part': {
        title: 'La solución probable: {part}',
        body: 'No has podido hacer el paso que lo necesita, y la causa más probable sigue siendo: {cause}. Consigue uno, prestado o comprado, y repite ese paso antes que nada: una devolución o una reclamación de garantía probablemente no encontraría ningún fallo en el propio producto.',
      },
    },
    replaceReasons: {
      'no-repair-service':
        'Su garantía de {warranty} ya ha vencido y {brand} no ofrece servicio de reparación, así que lo que corresponde es sustituirlo. Recicla el antiguo en un punto de recogida de baterías, nunca en la basura doméstica.',
      'repair-too-costly':
        'Su garantía de {warranty} ya ha vencido y repararlo suele costar lo mismo que uno nuevo o más, así que lo que corresponde es sustituirlo. Recicla el antiguo en un punto de recogida de baterías, nunca en la basura doméstica.',
    },
    legalPresumed:
      'Si un defecto aparece dentro del plazo de {presumed} desde la entrega, se presume que existía desde el principio; después, es posible que te pidan demostrar que ya existía.',
    alsoSeller:
      'También se aplica la legislación de consumo vigente en {region}: la tienda que te lo vendió debe solucionar un defecto que aparezca dentro del plazo de {legal} desde la entrega.',
    returnStillOpen: 'Todavía puedes devolverlo: está dentro del plazo de devolución de {days}. Puede que este paso lo arregle antes.',
    wearExcluded:
      'La garantía de {brand} cubre los defectos de fabricación, no el desgaste normal: si la batería simplemente se ha desgastado con el uso, es posible que rechacen la reclamación.',
    wearDurability:
      'También se aplica la legislación de consumo vigente en {region}: la tienda que te lo vendió debe solucionar un defecto que aparezca dentro del plazo de {legal} desde la entrega, y una batería que se desgasta antes de lo que cabe esperar razonablemente de una similar cuenta como defecto.',
    legalWear:
      'Una batería que se ha ido desgastando con el uso solo cuenta como defecto si ha durado menos de lo que cabe esperar razonablemente de una similar: la tienda puede pedirte que lo demuestres.',
    stops: {
      battery: {
        title: 'Detente: no lo uses ni lo cargues',
        body: 'Una batería en este estado puede incendiarse. Haz ahora lo siguiente, en este orden.',
      },
      wet: {
        title: 'Sécalo antes de cargarlo',
        body: 'Cargarlo mientras está mojado puede dañarlo para siempre. Sécalo por completo primero y después vuelve a empezar el asistente.',
      },
      recall: {
        title: 'Detente: forma parte de una retirada por seguridad',
        body: 'Su batería puede sobrecalentarse. La solución de la retirada se aplica sea cual sea su antigüedad o garantía: sigue las instrucciones de la retirada y no lo tires ni lo recicles por tu cuenta.',
      },
      'recall-unknown': {
        title: 'Comprueba la retirada antes de cargarlo',
        body: 'Puede que forme parte de una retirada por seguridad de una batería que puede sobrecalentarse. Hasta que sepas que no es así, no lo cargues ni lo uses.',
      },
    },
    yourRegion: 'tu país',
    unknownCause: 'una de las sencillas',
    likelihood: { 'very-likely': 'muy probable', likely: 'probable', possible: 'posible', unlikely: 'menos probable' },
    safetyRemedy: {
      return:
        'Todavía está dentro del plazo de devolución de {days}, así que la tienda donde lo compraste te debe un reembolso o una sustitución. Explica que es un fallo de seguridad de la batería y pregunta cómo entregarlo: no lo envíes por correo hasta que te digan cómo.',
      warranty:
        'Si una batería se hincha o se sobrecalienta por sí sola, es un defecto de fabricación, y la garantía de {warranty} cubre esos defectos: pide una sustitución a la tienda o al fabricante. Explica que es un fallo de seguridad de la batería y pregunta cómo entregarlo: no lo envíes por correo hasta que te digan cómo.',
      legal:
        'La garantía de {warranty} del fabricante ya ha vencido, pero todavía está dentro del plazo de {legal} desde la entrega: según la legislación de consumo vigente en {region}, la tienda que te lo vendió debe solucionar un defecto sin coste alguno. Explica que es un fallo de seguridad de la batería y pregunta cómo entregarlo.',
      lifespan:
        'Su garantía de {warranty} ya ha vencido. Cuando se haya enfriado, llévalo a un punto de recogida de baterías, nunca a la basura doméstica.',
      'past-lifespan':
        'Su garantía de {warranty} ya ha vencido. Cuando se haya enfriado, llévalo a un punto de recogida de baterías, nunca a la basura doméstica.',
      unknown:
        'Si todavía está dentro del plazo de devolución de la tienda o de la garantía del fabricante, una batería que se hincha o se sobrecalienta por sí sola es un defecto que deben solucionar: explica a la tienda o al fabricante que es un fallo de seguridad de la batería y pregunta cómo entregarlo antes de enviarlo por correo.',
    },
    safetySteps: [
      'Deja de usarlo y no vuelvas a cargarlo.',
      'Si está enchufado, apaga el cargador desde el enchufe de la pared o desenchúfalo ahí, sin tocar el producto.',
      'Mantenlo sobre una superficie dura, lejos de cualquier cosa que pueda arder. Si echa humo o salen llamas, aléjate y llama a los bomberos.',
    ],
    partTryAgain:
      '¿Sigue sin cargar con el otro? Pulsa «Volver a empezar»: esta vez podrás hacer ese paso, y los siguientes vendrán a partir de ahí.',
    noContact: 'Ponte en contacto con la tienda donde lo compraste y enséñale el resumen: ahí consta lo que ya has probado.',
    claim: {
      start: 'Iniciar una reclamación de garantía con {brand}',
      terms: 'Condiciones de la garantía de {brand}: cómo reclamar',
      serialNumber: 'El número de serie (en la caja o en la etiqueta del producto)',
      serialNumberAt: 'El número de serie: {where}',
      proofOfPurchase: 'Justificante de compra: el ticket o la confirmación del pedido',
      proofOfOrder: 'Justificante de compra: el ticket o la confirmación del pedido {order}',
    },
    warrantyLink: 'Garantía de {brand}',
    supportLink: 'Soporte técnico de {brand}',
    refundOnline:
      'Todavía está dentro del plazo de devolución de {days}, así que lo más rápido es devolverlo: inicia la devolución en la página de devoluciones de la tienda y explica que no carga y qué has probado ya. Normalmente solo se aceptan devoluciones completas, con el cable y la caja, y en condiciones de reventa.',
    replaceAtShop: 'Buscar uno nuevo en la tienda',
    theShop: 'la tienda',
    theMaker: '{brand}, el fabricante',
    shopPage: 'Ir a {site} ({who})',
    summary: {
      heading: 'Problema de carga: resumen del asistente de diagnóstico',
      device: 'Dispositivo',
      noDevice: 'aún sin elegir',
      purchased: 'Fecha de compra',
      notGiven: 'no indicada',
      shopperSaid: 'según el cliente: {answer}',
      bands: {
        return: 'dentro del plazo de devolución de {days}',
        warranty: 'dentro de su garantía de {warranty}',
        legal: 'fuera de su garantía de {warranty}, dentro de la garantía legal de {legal}',
        lifespan: 'fuera de su garantía de {warranty}',
        'past-lifespan': 'fuera de su garantía de {warranty} y de su vida útil habitual de {lifespan}',
        unknown: 'antigüedad desconocida',
      },
      line: '{label}: {value}',
      dateAndBand: '{date}, {band}',
      dateAndAnswer: '{date}; {answer}',
      step: '{n}. {step} → {answer}',
      likelyCause: '{cause} ({likelihood}, {percent})',
      shop: 'Tienda',
      order: 'Pedido',
      steps: 'Pasos',
      noSteps: 'ninguno todavía',
      result: 'Resultado',
      inProgress: 'aún sin terminar',
      causes: 'Causas probables',
      reference: 'Referencia',
    },
  },
  ui: {
    step: 'Paso {n}',
    progress: 'Progreso',
    timeLeft: 'Normalmente, alrededor de {duration}',
    timeLeftWaiting: 'Normalmente, alrededor de {duration}, casi todo de espera',
    timeLeftLonger: 'Ahora más: ese paso no lo ha solucionado.',
    timeLeftAtMost: '¿Cuánto como máximo?',
    timeLeftUpTo: 'Hasta {duration} si ninguno de los pasos probables lo soluciona.',
    waitAhead: 'Este paso incluye {duration} de espera: mientras tanto, puedes hacer otra cosa.',
    back: 'Atrás',
    startTimer: 'Iniciar un temporizador de {duration}',
    timerLeft: 'Tiempo restante: {clock}',
    timerDone: 'Se acabó el tiempo: ¿qué tal ahora?',
    timerHint: 'Puedes responder cuando quieras.',
    timerKeepsCounting: 'El temporizador sigue contando aunque salgas de esta página.',
    opensInNewTab: '(se abre en una pestaña nueva)',
    copySummary: 'Copiar resumen',
    copied: 'Resumen copiado. Pégalo en tu mensaje al soporte técnico.',
    copyFallback: 'Tu navegador ha bloqueado la copia. Selecciona el texto de abajo y cópialo.',
    summaryLabel: 'Resumen para el soporte técnico',
    emailSubject: 'Problema de carga',
    startReturn: 'Iniciar una devolución',
    startOver: 'Volver a empezar',
    done: 'Listo',
    finished: 'Nos alegra que vuelva a cargar.',
    why: '¿Por qué este resultado?',
    causeLikelihood: '{cause}: {likelihood}',
    whatToDo: 'Qué hacer ahora',
    haveReady: 'Ten esto a mano',
    getHelp: 'Quién puede ayudarte',
    emailTo: 'Enviar un correo a {address} ({who})',
    call: 'Llamar al {number} ({who})',
    inLanguage: '(en {language})',
    resumeTitle: 'Hola de nuevo',
    resumeStarted: 'Empezaste {when}.',
    resumeJustNow: 'hace un momento',
    resumeEarlierToday: 'hoy más temprano',
    resumeStep: 'Estabas en el paso {n}: {step}',
    resumeContinue: 'Continuar',
    resumeStartAgain: 'Empezar de nuevo',
    loading: 'Cargando el asistente de diagnóstico…',
    errorTitle: 'No se puede iniciar el asistente de diagnóstico',
    errorKnowledgeBase: 'Su base de conocimiento tiene problemas:',
    moreProblems: { one: '… y # más', many: '… y # más', other: '… y # más' },
    retry: 'Volver a intentarlo',
    errorLoad: 'No se ha podido cargar {src}: {reason}',
    searchLabel: 'Busca tu producto por nombre o marca',
    searchMatches: {
      zero: 'Ningún producto coincide',
      one: '# producto coincide',
      many: '# productos coinciden',
      other: '# productos coinciden',
    },
    searchMore: 'Se muestran {shown} de {total}: sigue escribiendo para acotar la lista.',
    launcher: launcherLabels.es,
    dialogLabel: 'Asistente de diagnóstico de carga',
    close: 'Cerrar',
  },
};
