import type { KnowledgeBaseTranslation } from '../../core/types.js';

/** Spanish words of the built-in knowledge base. */
export const es: KnowledgeBaseTranslation = {
  causes: {
    cable: {
      label: 'Cable de carga defectuoso',
    },
    'power-source': {
      label: 'Cargador o puerto USB que no da corriente',
    },
    'dirty-contacts': {
      label: 'Contactos o puerto de carga sucios',
    },
    'software-glitch': {
      label: 'Fallo de software',
    },
    firmware: {
      label: 'Firmware obsoleto o defectuoso',
    },
    'deep-discharge': {
      label: 'Batería descargada en exceso',
    },
    temperature: {
      label: 'Temperatura demasiado alta o baja para cargar',
    },
    moisture: {
      label: 'Humedad en los contactos o en el puerto',
    },
    'port-damage': {
      label: 'Puerto o contactos de carga dañados',
    },
    'charging-circuit': {
      label: 'Circuito de carga defectuoso',
    },
    'battery-worn': {
      label: 'Batería desgastada o averiada',
    },
  },
  actions: {
    'try-another-cable': {
      title: 'Prueba con otro cable de carga',
      steps: [
        'Usa otro cable, uno que sepas que carga otro dispositivo.',
        'Introduce el conector hasta el fondo en ambos extremos.',
        'Déjalo enchufado 5 minutos y fíjate en si se enciende la luz de carga.',
      ],
      variants: [
        {
          steps: [
            'Usa otro cable de carga magnético de Shokz diseñado para tu modelo, si tienes uno o te lo pueden prestar.',
            'Comprueba que el conector magnético encaja bien alineado sobre los dos contactos, sin nada en medio.',
            'Conéctalo a un cargador de pared y observa la luz durante 5 minutos.',
          ],
        },
        {
          steps: [
            'Usa otra base de carga de OpenSwim, si tienes una o te la pueden prestar.',
            'Coloca bien los auriculares en la base para que los contactos se toquen.',
            'Conecta la base a un cargador de pared y observa la luz durante 5 minutos.',
          ],
        },
        {
          steps: [
            'Carga el estuche con otro cable, uno que sepas que carga otro dispositivo.',
            'Asegúrate de que cada auricular queda bien encajado en el estuche y de que la tapa se cierra.',
            'Déjalo enchufado 5 minutos y observa la luz del estuche.',
          ],
        },
      ],
    },
    'try-another-power-source': {
      title: 'Prueba con otro cargador u otro enchufe',
      steps: [
        'Conecta el cable a otro cargador USB de pared (sirve el de un teléfono) en un enchufe que sepas que funciona.',
        'Evita los puertos de un portátil en reposo, los de un televisor y los hubs USB sin alimentación propia: muchos dan demasiado poca corriente.',
        'Déjalo 5 minutos y observa la luz de carga.',
      ],
    },
    'clean-contacts': {
      title: 'Limpia los contactos de carga',
      steps: [
        'Desenchúfalo todo.',
        'Limpia los contactos o el puerto de carga y el conector del cable con un paño suave y seco o con un cepillo suave y seco.',
        'Si hay suciedad pegada, usa un bastoncillo de algodón ligeramente humedecido con alcohol isopropílico y deja que todo se seque por completo (al menos 10 minutos).',
        'No uses nunca papel de lija, un cuchillo, alfileres ni nada metálico o abrasivo: dañan los contactos.',
        'Vuelve a enchufarlo y observa la luz de carga.',
      ],
      variants: [
        {
          steps: [
            'Desconecta el cable.',
            'Limpia los dos contactos metálicos de los auriculares y los del conector magnético del cable con un paño suave y seco o con un cepillo suave y seco. El sudor deja una película que quizá no veas.',
            'Si hay suciedad pegada, usa un bastoncillo de algodón ligeramente humedecido con alcohol isopropílico y deja que todo se seque por completo (al menos 10 minutos).',
            'No uses nunca papel de lija, un cuchillo, alfileres ni nada metálico o abrasivo: dañan los contactos.',
            'Vuelve a acoplar el cable y observa la luz de carga.',
          ],
        },
        {
          steps: [
            'Saca los auriculares de la base de carga.',
            'Limpia los contactos de los auriculares y los de la base con un paño suave y seco: el agua de la piscina y el sudor dejan una película.',
            'Si hay suciedad pegada, usa un bastoncillo de algodón ligeramente humedecido con alcohol isopropílico y deja que todo se seque por completo (al menos 10 minutos).',
            'No uses nunca papel de lija, un cuchillo, alfileres ni nada metálico o abrasivo.',
            'Vuelve a colocarlos en la base y observa la luz de carga.',
          ],
        },
        {
          steps: [
            'Desenchúfalo y orienta el puerto de carga hacia una luz.',
            'Afloja la pelusa con un cepillo suave y seco o con un palillo de madera, con cuidado y sin presionar los pines; no uses nunca nada metálico.',
            'Sopla para sacar el polvo suelto y limpia el conector del cable con un paño seco.',
            'Si hay suciedad, pasa alrededor de la abertura un bastoncillo de algodón ligeramente humedecido con alcohol isopropílico y deja que se seque por completo (al menos 10 minutos).',
            'Vuelve a enchufarlo hasta el fondo y observa la luz de carga.',
          ],
        },
        {
          steps: [
            'Saca los auriculares del estuche.',
            'Limpia con un bastoncillo de algodón seco los contactos metálicos de cada auricular y los del interior del estuche: si tienen cera de los oídos, no cargan.',
            'Si hay suciedad pegada, humedece ligeramente el bastoncillo con alcohol isopropílico y deja que todo se seque por completo (al menos 10 minutos).',
            'No uses nunca papel de lija, alfileres ni nada metálico o abrasivo.',
            'Vuelve a colocar los auriculares, cierra la tapa y observa la luz del estuche.',
          ],
        },
      ],
    },
    'clean-thoroughly': {
      title: 'Vuelve a limpiar los contactos, a fondo',
      steps: [
        'Desenchúfalo todo.',
        'Humedece ligeramente un bastoncillo de algodón con alcohol isopropílico (70–99 %), sin que gotee.',
        'Frota cada contacto de carga o la abertura del puerto, y el conector del cable, durante 10–20 segundos, girando el bastoncillo hacia una parte limpia hasta que salga limpio.',
        'Deja que todo se seque por completo, al menos 10 minutos, antes de enchufarlo.',
        'No uses nunca papel de lija, un cuchillo, alfileres ni nada metálico o abrasivo: dañan los contactos.',
        'Vuelve a enchufarlo y observa la luz de carga.',
      ],
    },
    'dry-contacts': {
      title: 'Deja secar los contactos durante 30 minutos',
      steps: [
        'Desenchúfalo. El sudor, la lluvia o la condensación en los contactos o en el puerto pueden impedir la carga, y algunos modelos se niegan a cargar mientras detectan humedad.',
        'Limpia los contactos de carga o la abertura del puerto y el conector del cable con un paño suave y seco.',
        'Déjalo desenchufado 30 minutos en una habitación seca, a temperatura normal, con el puerto hacia abajo o los contactos hacia arriba. No uses secador de pelo, horno ni radiador.',
        'Después, vuelve a enchufarlo y observa la luz de carga.',
      ],
    },
    'restart-reset': {
      title: 'Reinícialo o restablécelo',
      steps: [
        'Desenchúfalo y apágalo, si es que llega a encenderse.',
        'Espera 10 segundos y vuelve a encenderlo.',
        'Si el manual o la web de asistencia del fabricante indica cómo restablecer tu modelo, hazlo: la combinación de botones cambia de un modelo a otro, así que no intentes adivinarla.',
        'Vuelve a enchufarlo y observa la luz de carga.',
      ],
      variants: [
        {
          title: 'Restablece los auriculares',
          steps: [
            'Desconecta el cable y apaga los auriculares.',
            'Mantén pulsado el botón de volumen + durante 5–7 segundos, hasta que la luz parpadee en rojo y azul (modo de emparejamiento).',
            'Mantén pulsados a la vez los botones multifunción, volumen + y volumen − durante 3–5 segundos, hasta que oigas pitidos o notes una vibración.',
            'Apaga los auriculares, vuelve a conectar el cable y observa la luz. Si no cambia nada, puedes repetir el restablecimiento dos o tres veces.',
          ],
        },
        {
          title: 'Restablece el altavoz',
          steps: [
            'Desenchufa el altavoz y enciéndelo, si es que llega a encenderse.',
            'Mantén pulsados a la vez los botones de encendido y BassUp durante 5–6 segundos, hasta que se restablezca.',
            'Vuelve a enchufarlo y observa la luz de carga.',
          ],
        },
        {
          title: 'Reinicia o restablece el altavoz',
          steps: [
            'Desenchufa el altavoz y apágalo, si es que llega a encenderse.',
            'Espera 10 segundos y vuelve a encenderlo.',
            'La combinación para restablecer un altavoz Soundcore cambia según el modelo; la de «encendido + volumen − durante 10 segundos» que quizá leas en internet no sirve para todos. Usa la que indique tu manual o la web de asistencia de Soundcore.',
            'Vuelve a enchufarlo y observa la luz de carga.',
          ],
        },
      ],
    },
    'charge-untouched': {
      title: 'Déjalo cargando 30 minutos sin tocarlo',
      steps: [
        'Conéctalo a un cargador de pared con el cable en el que más confíes.',
        'Una batería que se ha agotado por completo puede no mostrar ninguna luz durante los primeros 10–30 minutos: no lo desenchufes para comprobarlo.',
        'Cárgalo sobre una superficie dura, no en una cama ni en un sofá, y nunca mientras duermes.',
        'Pasados 30 minutos, mira la luz de carga.',
      ],
      variants: [
        {
          steps: [
            'Conéctalo a un cargador de pared con el cable en el que más confíes.',
            'Una batería que se ha agotado por completo puede no mostrar ninguna luz durante los primeros 10–30 minutos: no lo desenchufes para comprobarlo.',
            'Cárgalo sobre una superficie dura, no en una cama ni en un sofá, y nunca mientras duermes.',
            'Pasados 30 minutos, mira la luz de carga. Cuando empiece a cargar, un altavoz Soundcore suele tardar 3–5 horas en cargarse por completo.',
          ],
        },
      ],
    },
    'charge-longer': {
      title: 'Déjalo cargando otros 90 minutos sin tocarlo',
      steps: [
        'Déjalo enchufado al cargador de pared, sobre una superficie dura, otros 90 minutos: 2 horas en total.',
        'Una batería que se ha agotado por completo puede necesitar todo ese tiempo antes de que se encienda la luz o de que se mueva el nivel de carga.',
        'No lo cargues en una cama ni en un sofá, ni mientras duermes.',
        'Después, mira la luz de carga, o enciéndelo y comprueba el nivel de batería.',
      ],
      variants: [
        {
          steps: [
            'Deja el altavoz enchufado al cargador de pared, sobre una superficie dura, otros 90 minutos: 2 horas en total.',
            'Una batería que se ha agotado por completo puede necesitar todo ese tiempo antes de que se encienda la luz; un altavoz Soundcore suele tardar 3–5 horas en cargarse por completo.',
            'No lo cargues en una cama ni en un sofá, ni mientras duermes.',
            'Después, mira la luz de carga, o enciéndelo y comprueba el nivel de batería.',
          ],
        },
      ],
    },
    'charge-switched-off': {
      title: 'Cárgalo apagado',
      steps: [
        'Apágalo por completo (mantén pulsado el botón de encendido hasta que se apague), si es que llega a encenderse.',
        'Conéctalo a un cargador de pared con el cable en el que más confíes y déjalo apagado, sobre una superficie dura, durante 30 minutos.',
        'Algunos productos no empiezan a cargar mientras un fallo los mantiene ocupados; apagados, solo funciona la carga.',
        'Después, mira la luz de carga.',
      ],
    },
    'room-temperature': {
      title: 'Deja que alcance la temperatura ambiente',
      steps: [
        'Si ha estado en un lugar frío o caluroso (un coche, al aire libre, al sol, cerca de un calefactor), desenchúfalo y llévalo a un espacio interior.',
        'Déjalo a temperatura ambiente unos 45 minutos. No lo calientes con un calefactor ni con un secador de pelo, y no lo enfríes en la nevera.',
        'Vuelve a enchufarlo y observa la luz de carga.',
      ],
    },
    'update-firmware': {
      title: 'Actualiza el firmware',
      steps: [
        'Para esto tiene que encenderse, aunque sea solo mientras está enchufado; si no se enciende, elige «No puedo hacerlo».',
        'Conéctalo a tu teléfono y abre la aplicación del fabricante para ese producto, si la hay.',
        'Instala cualquier actualización de firmware que te ofrezca la aplicación, con el producto cerca del teléfono y enchufado hasta que termine la actualización.',
        'Después, comprueba si carga.',
      ],
      variants: [
        {
          steps: [
            'Para esto tiene que encenderse, aunque sea solo mientras está enchufado; si no se enciende, elige «No puedo hacerlo».',
            'Conecta el altavoz a tu teléfono y abre la aplicación Soundcore.',
            'Abre los ajustes del altavoz e instala cualquier actualización de firmware disponible, con el altavoz enchufado y cerca del teléfono hasta que termine.',
            'Después, comprueba si carga.',
          ],
        },
        {
          steps: [
            'Para esto, los auriculares tienen que encenderse; si no se encienden, elige «No puedo hacerlo».',
            'Conéctalos a tu teléfono y abre la aplicación Shokz, si es compatible con tu modelo (no todos los modelos reciben actualizaciones).',
            'Instala cualquier actualización de firmware disponible y mantén los auriculares cerca del teléfono hasta que termine.',
            'Después, comprueba si cargan.',
          ],
        },
      ],
    },
    'dry-out': {
      title: 'Sécalo por completo antes de cargarlo',
      steps: [
        'Desenchúfalo ahora y no lo cargues mientras esté húmedo.',
        'Seca el exterior y los contactos o el puerto de carga con un paño suave y seco; sacude el agua de las aberturas con el puerto hacia abajo.',
        'Déjalo en un lugar seco y ventilado, a temperatura ambiente, durante varias horas como mínimo; lo más seguro es dejarlo toda la noche. No uses secador de pelo, horno ni radiador.',
        'Solo cuando esté completamente seco, enchúfalo y observa la luz de carga.',
      ],
      whenSkipped: {
        note:
          'No lo cargues hasta que esté completamente seco: el agua en el puerto de carga o en los contactos puede provocar un cortocircuito, corroerlos para siempre o dañar la batería. ' +
          'Déjalo desenchufado en un lugar seco y ventilado, a temperatura ambiente, durante varias horas como mínimo (lo más seguro es dejarlo toda la noche), y luego vuelve a iniciar el asistente de diagnóstico.',
      },
    },
  },
  questions: {
    safety: {
      title: 'Primero, una comprobación de seguridad: ¿ocurre algo de esto?',
      body: 'Míralo sin sostenerlo mucho rato: ¿está hinchado o abombado, muy caliente, huele a quemado o a productos químicos, echa humo, pierde líquido o emite un siseo? ¿O se ha mojado?',
      options: {
        danger: {
          label: 'Sí: hinchazón, mucho calor, olor, humo, fugas o siseo',
          note:
            'Una batería hinchada, caliente, que huele, echa humo o pierde líquido puede incendiarse, así que no vuelvas a cargar el dispositivo. ' +
            'Déjalo sobre una superficie dura, lejos de cualquier cosa que pueda arder (no en una cama ni en un sofá). Si echa humo o salen llamas, aléjate y llama a los bomberos. ' +
            'No lo tires nunca a la basura doméstica: el fabricante o un punto de recogida de baterías se hará cargo de él. Un producto al que le pasa esto está defectuoso: la tienda o el fabricante te debe un reembolso o una sustitución.',
        },
        wet: {
          label: 'Se ha mojado o se ha cargado estando húmedo (por lluvia, sudor o al nadar)',
        },
        none: {
          label: 'No, nada de esto',
        },
      },
    },
    'recall-check': {
      title: 'Antes de nada, comprueba si está afectado por la retirada',
      body: 'Anker retiró del mercado los altavoces Soundcore A3102 negros (modelo A3102016) vendidos en Amazon entre marzo de 2023 y junio de 2024: su batería puede sobrecalentarse. Introduce el código SN que figura en la parte inferior del altavoz en la página de retirada de Soundcore. Los altavoces A3102 rojos y azules no están afectados por la retirada.',
      options: {
        recalled: {
          label: 'La página de retirada dice que está afectado',
          note: 'Este altavoz está afectado por una retirada del mercado por motivos de seguridad: deja de usarlo, apágalo, desenchúfalo y no vuelvas a cargarlo. Anker sustituye gratis los altavoces retirados: solicita la sustitución en la página de retirada de Soundcore. No lo tires nunca a la basura doméstica ni a un contenedor de residuos electrónicos de una tienda: sigue las instrucciones de Anker para devolverlo.',
          links: ['Página de retirada del Soundcore A3102: comprueba el código SN', 'Aviso de retirada de la CPSC'],
        },
        'not-recalled': {
          label: 'No está afectado, o es rojo o azul',
        },
        'cannot-check': {
          label: 'Ahora no puedo comprobarlo',
          note: 'Mientras no sepas que no está afectado, no lo cargues: apágalo, desenchúfalo y comprueba primero su código SN en la página de retirada de Soundcore. Si está afectado, Anker lo sustituye gratis; si no lo está, vuelve a iniciar el asistente de diagnóstico.',
          links: ['Página de retirada del Soundcore A3102: comprueba el código SN'],
        },
      },
    },
    'recall-label': {
      title: '¿Es un altavoz Soundcore retirado del mercado?',
      body: 'Anker retiró del mercado los altavoces Soundcore negros con el número de modelo A3102016 en la parte inferior (vendidos en Amazon entre 2023 y 2024) porque la batería puede sobrecalentarse. Dale la vuelta y mira la etiqueta.',
      options: {
        recalled: {
          label: 'Sí: un altavoz Soundcore negro, modelo A3102016',
          note: 'Este modelo está afectado por una retirada del mercado por motivos de seguridad: deja de usarlo, apágalo, desenchúfalo y no vuelvas a cargarlo. Introduce el código SN que figura en la parte inferior en la página de retirada de Soundcore: Anker sustituye gratis los altavoces retirados. No lo tires nunca a la basura doméstica ni a un contenedor de residuos electrónicos de una tienda.',
          links: ['Página de retirada del Soundcore A3102: comprueba el código SN', 'Aviso de retirada de la CPSC'],
        },
        'other-model': {
          label: 'No, es de otra marca o de otro modelo',
        },
        'cannot-find': {
          label: 'No encuentro la etiqueta',
          note: 'No has encontrado la etiqueta del modelo: si es un altavoz Soundcore negro comprado en Amazon entre 2023 y 2024, comprueba su código SN en la página de retirada de Soundcore antes de volver a cargarlo.',
          links: ['Página de retirada del Soundcore A3102: comprueba el código SN'],
        },
      },
    },
    'charging-light': {
      title: '¿Qué hace la luz de carga cuando lo enchufas?',
      body: 'Enchúfalo con el cable y el cargador que usas normalmente y observa la luz durante un minuto.',
      options: {
        'no-light': {
          label: 'No se enciende ninguna luz',
        },
        'odd-light': {
          label: 'Parpadea, titila o muestra un color inusual',
        },
        'normal-light': {
          label: 'Parece normal, pero la batería no se carga del todo o se agota enseguida',
        },
      },
      variants: [
        {
          body: 'Pon los auriculares en el estuche, enchufa el estuche y observa su luz durante un minuto.',
        },
      ],
    },
    'charging-light-shokz': {
      title: '¿Qué hace la luz cuando conectas el cable?',
      body: 'Enchúfalos con el cable que usas normalmente y observa la luz durante un minuto. En los auriculares Shokz, una luz roja, fija o parpadeante, indica que están cargando; azul indica que están cargados del todo.',
      options: {
        'no-light': {
          label: 'No se enciende ninguna luz',
        },
        'red-light': {
          label: 'Roja, fija o parpadeante, pero la batería no se carga del todo o se agota enseguida',
        },
        'other-light': {
          label: 'Azul desde el principio aunque la batería está agotada, o parpadea en rojo y azul',
        },
      },
    },
    'how-it-started': {
      title: '¿Cómo empezó el problema?',
      options: {
        suddenly: {
          label: 'De repente, sin motivo aparente',
        },
        gradually: {
          label: 'Poco a poco: la batería duraba cada vez menos',
        },
        'after-knock': {
          label: 'Después de una caída, un golpe o un tirón del cable',
          note: 'Las garantías de los fabricantes cubren los defectos de fabricación, no las caídas, los golpes ni otros accidentes: como dejó de funcionar después de uno, pueden rechazar la reclamación o cobrarte la reparación. Cuando reclames, explica con sinceridad lo que pasó.',
        },
        'after-cold-or-heat': {
          label: 'Después de estar en un sitio frío o caluroso',
        },
        'after-storage': {
          label: 'Tras semanas sin usarlo, o después de agotarse por completo',
        },
        'never-worked': {
          label: 'No ha cargado nunca desde que lo tengo',
        },
      },
    },
    'cable-on-other-device': {
      title: '¿Ese mismo cable y cargador cargan otro dispositivo, como un teléfono?',
      options: {
        yes: {
          label: 'Sí, el otro dispositivo carga',
        },
        no: {
          label: 'No, tampoco carga',
        },
        'cannot-try': {
          label: 'No puedo probarlo',
        },
      },
    },
    'works-when-plugged': {
      title: '¿Se enciende el altavoz?',
      options: {
        'only-plugged-in': {
          label: 'Solo mientras está enchufado',
        },
        never: {
          label: 'No, ni siquiera enchufado',
        },
        'runs-out-fast': {
          label: 'Sí, pero la batería se agota enseguida o el nivel de carga no se mueve',
        },
      },
    },
    'update-offered': {
      title: '¿La aplicación del fabricante ofrece una actualización de firmware?',
      body: 'Enciéndelo (enchufado, si solo funciona así), conéctalo a tu teléfono y abre la aplicación del fabricante. No instales nada todavía: solo mira si te ofrece una actualización.',
      options: {
        offered: {
          label: 'Sí, ofrece una actualización',
        },
        'up-to-date': {
          label: 'No, dice que está actualizado',
        },
        'cannot-check': {
          label: 'No puedo comprobarlo: no se enciende o no hay aplicación',
        },
      },
    },
    'contacts-look': {
      title: 'Mira con atención el puerto o los contactos de carga, con buena luz. ¿Qué ves?',
      options: {
        dirt: {
          label: 'Suciedad, pelusa o una costra verde o blanca',
        },
        damage: {
          label: 'Algo doblado, suelto, agrietado o quemado',
        },
        'looks-fine': {
          label: 'Todo se ve limpio y sin daños',
        },
      },
      variants: [
        {
          title: 'Mira con atención los dos contactos metálicos de los auriculares y los del conector del cable. ¿Qué ves?',
        },
        {
          title: 'Mira con atención los contactos de los auriculares y los de la base de carga. ¿Qué ves?',
        },
        {
          title: 'Mira con atención los contactos de los auriculares y los del interior del estuche. ¿Qué ves?',
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
      name: 'A3102 (altavoz negro)',
    },
    'generic-headphones': {
      brand: 'Otros',
      name: 'auriculares inalámbricos',
    },
    'generic-earbuds': {
      brand: 'Otros',
      name: 'auriculares de botón inalámbricos',
    },
    'generic-speaker': {
      brand: 'Otro',
      name: 'altavoz Bluetooth',
    },
  },
  legalRights: {
    EU: {
      name: 'la UE',
    },
    UK: {
      name: 'el Reino Unido',
    },
  },
};
