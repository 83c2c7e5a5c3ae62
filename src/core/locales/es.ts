import type { CoreMessages } from './messages.js';

export const es: CoreMessages = {
  deviceTitle: '¿Qué producto no carga?',
  deviceBody: 'Elige el que más se parezca: los pasos y los consejos sobre la garantía dependen de ello.',
  ageTitle: '¿Cuándo se compró?',
  ageBody: 'La fecha del ticket de compra o de la confirmación del pedido determina si lo que corresponde es una devolución, una reclamación de garantía o una reparación.',
  ageOptions: {
    return: 'En los últimos {days}',
    warranty: 'Hace entre {days} y {warranty}',
    warrantyNoReturn: 'Hace menos de {warranty}',
    lifespan: 'Hace entre {warranty} y {lifespan}',
    'past-lifespan': 'Hace más de {lifespan}',
    unknown: 'No lo sé con seguridad',
  },
  actionOptions: {
    fixed: 'Ahora sí carga',
    'not-fixed': 'Sigue sin cargar',
    skip: 'No puedo hacerlo',
  },
  outcomes: {
    resolved: {
      title: 'Vuelve a cargar',
      body: 'Buenas noticias. La causa más probable era: {cause}. Si vuelve a ocurrir, empieza por el paso que ha funcionado esta vez.',
    },
    'safety-stop': {
      title: 'Detente: no lo uses ni lo cargues',
      body:
        'Una batería hinchada, caliente, que desprende olor o humo o que pierde líquido puede incendiarse. Desenchufa el cargador de la toma de corriente si puedes hacerlo sin tocar el producto, y no vuelvas a cargarlo. ' +
        'Déjalo sobre una superficie dura, lejos de cualquier cosa que pueda arder (no en una cama ni en un sofá). Si echa humo o salen llamas, aléjate y llama a los bomberos. ' +
        'No lo tires nunca a la basura doméstica: el fabricante o un punto de reciclaje de baterías se harán cargo de él.',
    },
    refund: {
      title: 'Devuélvelo para obtener un reembolso o un cambio',
      body: 'Todavía está dentro del plazo de devolución de {days}, así que lo más rápido es devolverlo donde lo compraste para que te reembolsen el dinero o te lo cambien. Lleva el ticket de compra, el cable y la caja si los tienes.',
    },
    'warranty-claim': {
      title: 'Reclama la garantía',
      body: 'Todavía está dentro de su garantía de {warranty}, así que, si la reclamas, deberían repararlo o sustituirlo sin coste alguno. No lo abras ni lo lleves a reparar a otro sitio antes: eso puede anular la garantía.',
    },
    repair: {
      title: 'Llévalo a reparar',
      body: 'Su garantía de {warranty} ya ha vencido, pero tiene menos de {lifespan}, lo que suele durar una batería como esta, así que puede valer la pena repararlo. Pide presupuesto al fabricante o a un taller de reparación. No lo abras tú: una batería dañada puede incendiarse.',
    },
    replace: {
      title: 'Es hora de sustituirlo',
      body: 'Su garantía de {warranty} ya ha vencido y tiene más de {lifespan}, lo que suele durar una batería como esta, así que repararlo rara vez compensa. Recicla el antiguo en un punto de recogida de baterías, nunca en la basura doméstica.',
    },
    'contact-support': {
      title: 'Ponte en contacto con el soporte técnico',
      body: 'Estos pasos no han resuelto el problema. El soporte técnico del fabricante puede ayudarte a partir de aquí: envíale el resumen para que sepa lo que ya has probado.',
    },
  },
  unknownCause: 'una de las sencillas',
  warrantyLink: 'Garantía de {brand}',
  supportLink: 'Soporte técnico de {brand}',
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
      lifespan: 'fuera de su garantía de {warranty}',
      'past-lifespan': 'fuera de su garantía de {warranty} y de su vida útil habitual de {lifespan}',
      unknown: 'antigüedad desconocida',
    },
    steps: 'Pasos',
    noSteps: 'ninguno todavía',
    result: 'Resultado',
    inProgress: 'aún sin terminar',
    causes: 'Causas probables',
  },
};
