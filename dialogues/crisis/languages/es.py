"""Crisis signs in Spanish: why these forms, what was left out and why.

Written for Spain and Latin America alike (ahorita, wey, chamaco, pibe, aventar, pa acá).
Spanish marks the person on the verb, so the same words split by who acts: "me quiero
matar" (I want to kill myself, suicide) and "me quiere matar" (he wants to kill me,
danger); "me voy a matar" against "me va a matar". The patterns follow that.

Present and near-future forms (quiero, voy a, está + gerund, va a) are the signal; the
preterite and imperfect ("me amenazó", "tenía un cuchillo", "me seguía") are how people tell
what already happened, so they are mostly left out, and the `past` markers (hace años, en
2019, en el juicio) catch the rest. "Ayer" is deliberately not a past marker: yesterday's
threat can still be today's danger.

Left out: "ayuda" and "ayúdame" alone (people ask for help with the form all the time),
"me sigue" alone ("me sigue doliendo"), "colgar" without "me" (hanging up a phone), bare
"está aquí" (a friend can be here), "me corto" alone (in Spain also "I get shy"), "no
volvió a" + infinitive ("did not do it again"), a fuzzy "suicidio" (it would read English
"suicidal"), "no estoy segura" alone (it is the bot's own "I'm not sure" answer, "No estoy
seguro/a"; with "en casa", "aquí", "con él" or fear beside it, it counts).

Typo tolerance is by listed misspellings in `words` more than by `fuzzy`: every lexicon reads
every message, and a fuzzy Spanish word also "corrects" English, Portuguese and Romanian
words that are one letter away.
"""

from dialogues.crisis.lexicon import Lexicon

_KID = (
    r"(hij[oa]s?|hijit[oa]s?|nin[oa]s?|ninit[oa]s?|nene|nena|nenes|nenas|bebe|bebes|bebit[oa]s?"
    r"|chamac[oa]s?|pib[ea]s?|crio|cria|crios|crias|chaval*|chiquit[oa]s?|cipot[ea]s?|guaguas?"
    r"|morr[oa]s?|chavit[oa]s?|peques?|pequen[oa]s?|criaturas?|sobrin[oa]s?|niet[oa]s?"
    r"|hermanit[oa]s?|chiquill[oa]s?|escuincl[ea]s?|pelad[oa]s?|cabr[oa]s?|chic[oa]s?)"
)

LEXICON = Lexicon(
    language="es",
    suicide=(
        # Clitic before the verb, first person: "me quiero matar", "me voy a suicidar".
        r"me (quiero|queria|quisiera|voy a|iba a|pienso|estoy pensando en|estoy por|tengo ganas de"
        r"|dan ganas de|gustaria|podria|deberia|tengo que|necesito|puedo|vuelvo a|volvi a) "
        # "Me voy a colgar" is hanging oneself: hanging up a phone takes no "me" ("voy a colgar").
        r"(matar|suicidar|morir|quitar la vida|ahorcar|colgar|envenenar|cortar|lastimar"
        r"|hacer dano)",
        # Clitic after the verb: "quiero matarme", "pienso en suicidarme"; third person
        # reflexive "quiere matarse" is also self-harm.
        r"(quiero|queria|quisiera|voy a|pienso|pienso en|pensando en|pense en|he pensado en"
        r"|ganas de|intentar|intentare|decidi"
        r"|he decidido|necesito|deberia|podria|puedo|ire a|estoy por|tengo que"
        r"|lo unico que quiero es"
        r"|quiere|va a|piensa|dice que va a|dijo que va a|amenaza con|intenta|quiso|trato de) "
        r"(matarme|suicidarme|morirme|quitarme la vida|ahorcarme|colgarme|envenenarme|cortarme"
        r"|lastimarme|hacerme dano|autolesionarme|matarse|suicidarse|morirse|quitarse la vida"
        r"|ahorcarse|colgarse|envenenarse|cortarse|lastimarse|hacerse dano)",
        # Third person: "se quiere matar", "se va a suicidar", "se iba a matar".
        r"se (quiere|queria|va a|iba a|piensa|esta por|intento|quiso|puede) "
        r"(matar|suicidar|quitar la vida|ahorcar|colgar|envenenar|cortar|tirar|aventar)",
        # Spanish forms only, not "suicid*": English "suicidal" and Romanian "suicidară" are
        # read by their own lexicons, which know their negations ("hu suicidal nathi").
        r"suicid(a|as|io|ios|arme|arse|arte|ar|arnos|o|aria|are|ando|andome|andose|e|en|an|aste"
        r"|ado|ada|ados)",
        r"(hoy|ya|esta noche|manana|mejor|al final|de verdad|juro que|entonces) me (mato|suicido)",
        r"me (suicidare|matare)",
        # A gun to one's own head: "me voy a pegar un tiro", "volarme la cabeza".
        r"(pegarme|pegarse|me voy a pegar|se va a pegar|me pego|me quiero pegar|meterme"
        r"|me voy a meter) "
        r"un (tiro|balazo|plomazo)",
        r"(volarme|volarse|me voy a volar|se va a volar|me vuelo|me quiero volar) (la cabeza"
        r"|los sesos)",
        # The final r dropped, as in the Caribbean: "me quiero matá" is read "me quiero mata".
        r"me (quiero|kiero|voy a|vo a) (mata|suicida|mori|ahorca)",
        # "Esta noche lo hago, ya no me importa nada": doing "it" tonight, said with nothing
        # mattering any more. Neither half alone is enough ("ya no me importa nada de él").
        r"(esta noche|hoy|manana|ahora) lo (hago|voy a hacer|termino|acabo"
        r"|hare) {gap5}(ya no me importa nada"
        r"|nada me importa|nada importa|no me importa nada|adios a todos|perdonenme)",
        r"(ya no me importa nada|nada me importa ya|adios a todos|perdonenme) {gap5}(esta noche"
        r"|hoy|manana"
        r"|ahora) lo (hago|voy a hacer|termino|acabo|hare)",
        # Said as a threat or a condition: "dice que se matará si lo dejo", "si me deja me mato".
        r"(dice|dijo|amenaza|amenazo|jura|juro|grita|escribio|me escribio) (que )?(se|me) (matara"
        r"|suicidara"
        r"|mata|suicida|mato|va a matar|va a suicidar|voy a matar)",
        r"(se|me) (mata|matara|mato|suicida|suicidara|suicido) si",
        r"(porque|por que) no me (muero|mato) (de una vez|ya)",
        # Wanting to die or not to exist.
        r"(quiero|queria|quisiera|deseo|ganas de|solo quiero|lo unico que quiero es) "
        r"(morir*|desaparecer para siempre|dejar de existir|dejar de vivir|no despertar"
        r"|no existir|dormir y no despertar|estar muert[oa]|no estar aqui)",
        r"(quiero|quisiera|queria) (morir*|desaparecer)",
        r"(harta|harto|cansada|cansado|agotada|agotado|hasta la madre|aburrida|aburrido) de (vivir"
        r"|la vida"
        r"|existir|estar viv[oa]|seguir viv[oa])",
        r"(ir|irme|irse|marcharme|marcharse|salir|salirme|largarme) de este mundo",
        r"(dejar|abandonar) este mundo",
        # A purpose said outright: "me tomé las pastillas para morirme".
        r"para (morirme|matarme|suicidarme|quitarme la vida|morirse|matarse|suicidarse"
        r"|quitarse la vida|ahorcarme|ahorcarse|colgarme|colgarse|envenenarme|envenenarse"
        r"|tirarme|tirarse|no despertar)",
        r"(voy a|quiero|pienso|va a|quiere|dice que va a|estoy por|esta por) (saltar|brincar"
        r"|aventarme"
        r"|tirarme|lanzarme|arrojarme) (del|de|desde|por|al|a) {gap1}(puente|azotea|edificio"
        r"|ventana|balcon|tren|metro|vias?|rio|mar|acantilado|techo|precipicio|terraza|barranco"
        r"|paso elevado|tejado|piso \S+)",
        # Third person: "dice que se quiere morir", "quiere morirse".
        r"(quiere|queria|dice que quiere|dijo que quiere|dice que se quiere|se quiere) "
        r"(morir*|desaparecer para siempre|dejar de vivir|dejar de existir)",
        r"nadie (me )?(va a|iba a|iria a|va) (extranar|echar de menos|notar|llorar|importar)",
        r"(nadie|a nadie) (le )?(importaria|importa|va a importar) si (me muero|muero|me mato"
        r"|desaparezco)",
        r"(ojala|ojala que) (me muera|me muriera|estuviera muert[oa]|no despierte|no despertara)",
        r"mejor (me muero|muert[oa]|me mato|desaparezco)",
        r"(ya )?no (quiero|puedo|aguanto|deseo) (seguir )?(vivir|viviendo|con vida|existiendo"
        r"|existir"
        r"|estar viv[oa]|en este mundo|mas en este mundo)",
        r"no (quiero|aguanto) (seguir|estar) (aqui|aca|en este mundo)",
        r"no (quiero|puedo) mas con (la|mi) vida",
        r"(no le|ya no le|no|ya no) (encuentro|veo|tiene|hay) (ningun |ni un )?sentido (a |de )?"
        r"(la vida|vivir|seguir viviendo|seguir|nada|mi vida)",
        r"(la vida|vivir|mi vida) (no tiene|ya no tiene|no vale|ya no vale) (sentido|la pena|nada)",
        r"no vale la pena (vivir|seguir viviendo|seguir)",
        r"(estarian|estaria|estarias|estariamos|vivirian|serian|seria) (mas )?(mejor|felices"
        r"|tranquil[oa]s?) "
        r"(sin mi|si (me muero|muero|no estuviera|yo no estuviera|desaparezco|me voy|me mato))",
        # Ending it: "acabar con todo", "terminar con mi vida", "ponerle fin a todo".
        r"(acabar|terminar|acabo|termino|acabare|terminare|acabe|termine) con (todo|mi vida"
        r"|su vida|esto de una vez por todas)",
        r"(poner|ponerle|pongo|pondre) (fin|punto final) a (todo|mi vida|su vida)",
        # Self-harm now or again.
        # Not "me corto" alone: in Spain it also means "I get shy" ("me corto mucho").
        r"se (corto|ha cortado|corta|esta cortando|volvio a cortar|lastimo|quemo|ha lastimado) "
        r"(los brazos|las piernas|las munecas|el brazo|la pierna|toda|todo|otra vez|de nuevo"
        r"|a proposito)",
        r"(dormir|dormirme|dormirse) para siempre",
        r"no (volver a )?despertar(me)? (nunca|jamas)",
        r"(me|se) (quito|quita|quitare|quitara) la vida",
        r"(cortandome|cortandose|me corto (los|las|el|la|con|otra vez|de nuevo)|me estoy cortando"
        r"|se esta cortando"
        r"|me volvi a cortar"
        r"|se volvio a cortar|me quemo|me estoy quemando|me lastimo|me estoy lastimando"
        r"|me hago dano"
        r"|me estoy haciendo dano|se hace dano|se esta haciendo dano|autolesion*)",
        r"me (corte|he cortado) (otra vez|de nuevo|los brazos|las piernas|las munecas|las venas)",
        r"(tengo|ya tengo|compre|prepare|tengo lista|tengo preparada|he comprado|consegui"
        r"|he conseguido"
        r"|he preparado) (la|una) (cuerda|soga)",
        r"(cuerda|soga) (preparada|lista)",
        r"(me|se) {gap}(tirar|aventar|lanzar|arrojar|tiro|aviento|lanzo|arrojo|tira|avienta|lanza) "
        r"(del|de|desde|por|al|a|bajo|frente al|frente a|debajo del|encima del|lo alto del?) {gap1}"
        r"(puente|azotea|edificio|ventana|balcon|tren|metro|vias?|rio|mar|acantilado|coche|carro"
        r"|auto"
        r"|camion|techo|precipicio|terraza|barranco|paso elevado)",
        r"(tirar|aventar|lanzar|arrojar)(me|se) (del|de|desde|por|al|a|bajo|frente al|frente a"
        r"|debajo del|encima del|lo alto del?) {gap1}"
        r"(puente|azotea|edificio|ventana|balcon|tren|metro|vias?|rio|mar|acantilado|coche|carro"
        r"|auto"
        r"|camion|techo|precipicio|terraza|barranco)",
        # Saying goodbye: "ya me despedí de todos", "esta es mi despedida".
        r"(ya )?me (despedi|estoy despidiendo|despido|vengo a despedir) de (todos|todo el mundo"
        r"|mi familia"
        r"|mis hijos|ustedes|vosotros|mi madre|mi mama)",
        r"(esta es|este es|es) mi (despedida|ultima carta|ultimo mensaje|adios)",
        r"para no (despertar|despertarme|volver a despertar)( nunca)?( mas)?",
        r"(voy a|quiero|pienso|pienso en|pensando en|ganas de) (tomar|tomarme|beber|beberme"
        r"|tragarme) (todas )?(las "
        r"|mis )?{pills}",
        r"(junte|guarde|tengo guardadas|estoy juntando) (las |mis |unas )?{pills} para",
        # "I can't go on": said alone or of life, it is the plea English reads as "can't
        # take it any more".
        r"(ya )?no (puedo|aguanto|soporto|resisto) mas( con (esto|mi vida|la vida|todo|"
        r"nada))?$",
        r"(ya )?no (aguanto|soporto|resisto) mas( con (esto|mi vida|la vida|todo))?",
    ),
    danger=(
        # A weapon in hand now: "tiene un cuchillo", "trae una navaja", "me amenaza con un machete".
        r"(tiene|trae|lleva|saco|agarro|agarra|esta sacando|anda con|viene con|con) (un |una |el "
        r"|la |su )?{weapon}",
        r"(esta|anda|viene|va|estan|andan|vienen) armad[oa]s?",
        # Outside, at the door, inside.
        r"(esta|estan|sigue|siguen|anda|andan|se quedo|esta parado|esta esperando"
        r"|esta esperandome) "
        r"{gap}(afuera|en la puerta|en mi puerta|frente a (mi|la) casa|enfrente de (mi|la) casa"
        r"|en la entrada|en el portal|en la ventana|en el jardin|en el patio|abajo de mi casa"
        r"|fuera de (mi|la) (casa|puerta|piso|depa|departamento|edificio|trabajo|ventana))",
        r"(el|ella|mi ex|ex|expareja|mi expareja|mi marido|mi esposo|mi novio|mi pareja|agresor"
        r"|mi exmarido|mi ex marido|mi padrastro|mi suegro|ese tipo|ese hombre|el tipo|un tipo"
        r"|un hombre"
        r"|alguien|tipo|el papa de mis hijos|el padre de mis hijos) (ya )?(esta|sigue|anda"
        r"|se metio|se colo|entro|se mete|acaba de entrar|acaba de meterse|se acaba de meter"
        r"|acaba de colarse) "
        r"(aqui|aca|en (la|mi) casa|adentro|dentro|en mi cuarto|a (la|mi) casa|al piso"
        r"|a mi cuarto)",
        r"(esta|estan|sigue|siguen|anda|hay \S+|hay un \S+|hay una \S+) (golpeando|tocando"
        r"|pateando|aporreando|tumbando|forzando"
        r"|rompiendo"
        r"|intentando abrir|tratando de abrir|quebrando) (la|mi|las) (puerta|ventana|ventanas|reja"
        r"|cerradura|vidrio)",
        r"(golpea|patea|aporrea|fuerza|rompe|quiebra) (la|mi) (puerta|ventana|cerradura)",
        r"(dando|da|pegando|pega|dan|estan dando) (patadas|golpes|punetazos|porrazos|golpazos"
        r"|empujones) "
        r"(a|en|contra) (la|mi) (puerta|ventana|reja)",
        r"(intentando|tratando de|intenta|trata de) (entrar|meterse|abrir la puerta"
        r"|tirar la puerta)",
        r"(quiere|quieren) (entrar|meterse) (a la fuerza|a mi casa|a la casa|por la ventana)",
        # Followed, watched, found.
        r"(me|nos) (esta|estan|viene|vienen|anda|andan|va|van|sigue|siguen) (siguiendo"
        r"|persiguiendo|vigilando|buscando|acosando|espiando|rondando)",
        r"(alguien|tipo|hombre|carro|coche|auto|moto|camioneta|el|ella|ex|vato|sujeto|senor|man"
        r"|desconocido|gente|ellos) "
        r"me (sigue|siguen|persigue|persiguen|vigila|vigilan|esta siguiendo|estan siguiendo"
        r"|viene siguiendo|anda siguiendo)",
        r"(me|nos) (va|van|vas) a (encontrar|hallar|localizar|buscar|matar|hacer algo|hacer dano"
        r"|pegar|golpear"
        r"|violar|secuestrar|quemar|apunalar|acuchillar|disparar|ahorcar|estrangular|llevar"
        r"|destrozar|partir|madrear|partir la madre|partir la cara|romper la cara|reventar"
        r"|dar una paliza"
        r"|dar una golpiza|moler a palos|rajar)",
        r"me (encontro|encontraron|hallo|localizo|localizaron)",
        r"me (sigue|siguen|persigue|persiguen|esta siguiendo|esta persiguiendo|vigila|vigilan"
        r"|viene siguiendo"
        r"|acosa|acecha) (un|una|unos|alguien|el|ella|mi ex|ese|esa|dos|gente|tipo|carro|coche)",
        r"(lo|la|los) tengo {gap1}(afuera|en la puerta|en mi puerta|aqui|aca|enfrente|en la ventana"
        r"|abajo|en la entrada|en el portal|encima)",
        # Fire: "amenaza con quemar la casa conmigo adentro".
        r"(amenaza|amenazan|esta amenazando|amenazo|dice que va a|va a"
        r"|quiere) {gap1}(con )?(quemar|incendiar"
        r"|prender fuego|pegar fuego|echar gasolina|rociar|tirar acido|echar acido|tirarme acido"
        r"|echarme acido)",
        r"(quemar|incendiar|prender fuego a|pegar fuego a|prenderle fuego a) {gap1}(casa|piso|depa"
        r"|departamento"
        r"|coche|carro) {gap}(conmigo|con nosotros|con los ninos|con mis hijos)",
        r"(hay|tengo) (alguien|un hombre|un tipo|un senor|gente|un carro|un coche|una camioneta"
        r"|dos tipos) "
        r"{gap}(afuera|fuera de (mi|la) casa|en (la|mi) (puerta|ventana|jardin|patio|portal)"
        r"|frente a (mi|la) casa|enfrente|mirandome|vigilandome|espiandome|esperandome)",
        r"(anda|andan|esta|estan|sigue|siguen) (rondando|merodeando|vigilando|acechando) (la|mi"
        r"|nuestra) (casa|calle|puerta|ventana|trabajo|escuela|edificio)",
        r"sabe (donde|en que) (vivo|estoy|me escondo|me quedo|trabajo|duermo|calle vivo)",
        # He wants to / is about to hurt me.
        r"(me|nos) (quiere|quieren|intenta|intentan|trata de|tratan de|esta intentando"
        r"|esta tratando de) "
        r"(matar|pegar|golpear|ahorcar|apunalar|acuchillar|violar|quemar|secuestrar|disparar"
        r"|lastimar|hacer dano|estrangular)",
        r"(quiere|quieren|va a|van a|viene a|vienen a|amenaza con|amenazan con|amenazo con"
        r"|dice que va a"
        r"|dijo que va a|intenta|intentan|piensa) (matarme|pegarme|golpearme|lastimarme"
        r"|hacerme dano|violarme"
        r"|quemarme|secuestrarme|apunalarme|dispararme|matarnos|ahorcarme|estrangularme"
        r"|encontrarme|buscarme|llevarme)",
        r"me (amenaza|amenazan|esta amenazando|estan amenazando|sigue amenazando)",
        # "Si lo dejo me mata", "me mata si se entera": a threat that hangs on what she does.
        r"si {gap}(me|nos) (mata|matara|va a matar|matan|van a matar|mataria)",
        r"(me|nos) (mata|matara|va a matar|mataria) si",
        r"(viene|vienen|va|van|esta|estan) (en camino|de camino) {gap1}(para|pa|hacia|a) (aca|aqui"
        r"|mi casa|casa"
        r"|mi trabajo)",
        r"(hoy|esta noche|ahora|si me encuentra|si me ve|si vuelve|si se entera"
        r"|cuando llegue) me mata",
        r"(me|nos|la|lo|le|les) (esta|estan|sigue|siguen) (pegando|golpeando|ahorcando"
        r"|estrangulando"
        r"|asfixiando|apunalando"
        r"|acuchillando|violando|matando|lastimando|maltratando|agrediendo|atacando|arrastrando"
        r"|ahogando)",
        r"me (pega|golpea|ahorca|estrangula|viola) (ahora|ahorita|ya)",
        # Not safe, hiding, locked in.
        r"no (estoy|estamos|me siento|nos sentimos) (segur[oa]s?|a salvo|protegid[oa]s?) "
        r"(en (mi |la |esta |mi propia )?(casa|hogar|piso|depa|departamento)|aqui|aca|con el"
        r"|con ella"
        r"|con mi (pareja|marido|esposo|novio|novia|mujer))",
        r"no (estoy|estamos|me siento|nos sentimos) a salvo",
        r"no (estoy|estamos) (en (un )?lugar seguro|en un sitio seguro|protegid[oa]s?"
        r"|en seguridad)",
        # "No me siento segura" is about safety unless "de", "si" or "que" follows ("no me siento
        # segura de firmar" is confidence). "No estoy segura" alone is "I am not sure", the
        # bot's own answer to a yes/no question ("No estoy seguro/a"), so it counts only with
        # a place, a person or fear beside it (the patterns above and below).
        r"no (me siento|nos sentimos) segur[oa]s?(?! (de|del|si|que|sobre|cuando|como|donde|quien"
        r"|cual|con eso|de eso|todavia|aun|del todo|para nada))",
        r"no (estoy|estamos) segur[oa]s? {gap1}(tengo miedo|me da miedo|ayuda|ayudame|auxilio"
        r"|socorro"
        r"|el esta|esta aqui|esta afuera|viene|ya viene|me va a)",
        r"(estoy|estamos|mi vida esta|nuestra vida esta) en peligro",
        r"(corro|corremos|mi vida corre) peligro",
        r"(estoy|estamos) (escondid[oa]s?|encerrad[oa]s?|atrapad[oa]s?)",
        r"me (escondi|escondo|estoy escondiendo|encerre|he encerrado)",
        r"me (tiene|tienen) (encerrad[oa]|secuestrad[oa]|amarrad[oa]|atad[oa]|retenid[oa])",
        r"no me deja (salir|irme|llamar|pedir ayuda)",
        r"(viene|vienen|va|van) (para|hacia|pa) (aca|aqui|mi casa|la casa|mi trabajo)",
        r"(viene|vienen|va|van) (a|por) (matarme|buscarme|por mi)",
        r"(auxilio|socorro)",
        r"(llamen|llama|llamad|llamar) (a la policia|al 999|a emergencias|al 112|al 911|a la poli)",
        r"(miedo|terror|panico) (de|a) (volver|ir|regresar|estar|entrar) (a |en )?(mi )?casa",
        # The present tells of abuse that goes on: "mi pareja me pega".
        r"(pareja|marido|esposo|novio|ex|mujer|novia|padrastro|padre|madre|hermano|hijo) "
        r"(me|nos) (pega|golpea|pegan|golpean|maltrata|ahorca|estrangula|asfixia|viola|"
        r"da palizas|pega palizas)",
        r"(ayuda|socorro|auxilio) {gap2}(esta|estan|ya esta|ha llegado|viene) (aqui|aca|en "
        r"casa|dentro|en la puerta|fuera)",
    ),
    child=(
        # Not followed by "a" and an infinitive: "no volvió a hablar", "no llegó a conocer" say
        # something did not happen again or at all; "se perdió la cita" is a missed meeting.
        r"{kid} {gap}(no aparece|desaparecio|desaparecid[oa]s?|se perdio(?! (la|el|los|las|un|una"
        r"|mi|su) )"
        r"|perdid[oa]s?|(no volvio|no ha vuelto|no vuelve|no ha llegado|no llego|no llega"
        r"|no regreso"
        r"|no regresa|no ha regresado)(?! a \S+(ar|er|ir|arse|erse|irse)(?!\S))"
        r"|se escapo"
        r"|se fue de casa|sin aparecer|no sabemos donde esta|no se donde esta"
        r"|nadie sabe donde esta)",
        r"no (encuentro|encontramos|hallo|localizo|veo|aparece) {tokid}",
        r"no (se|sabemos) donde (esta|estan) {tokid}",
        # Preterite or, as in Spain, the perfect: "se llevó", "se ha llevado a los críos".
        r"(se|me|nos) (llevo|llevaron|robo|robaron|lleva|llevan|quito|quitaron|esta llevando"
        r"|acaba de llevar|ha llevado|han llevado|ha quitado|han quitado|ha robado"
        r"|han robado) {tokid}",
        r"(secuestr*|rapt*|sustraj*) {gap}{tokid}",
        r"{kid} {gap}(secuestrad[oa]s?|raptad[oa]s?|en peligro|corre peligro|corren peligro)",
        # "Se los llevó a la fuerza": the children as a pronoun, taken against a will.
        r"{kid} {gap}se (los|las|lo|la) (llevo|llevaron|robo|robaron|quito|quitaron|arranco"
        r"|esta llevando) "
        r"{gap}(a la fuerza|sin permiso|sin avisar|y no (se|contesta|sabemos)|lejos|fuera del pais"
        r"|a otro pais)",
        r"(se )?(llevo|llevaron|arranco|arrancaron|se llevo|se llevaron) {gap}a la fuerza",
        r"(amenaz*|va a|quiere|dice que va a|dijo que va a|piensa|intenta|viene a) {gap}(llevarse"
        r"|llevarselos"
        r"|llevarselas|llevarsela|llevarselo|quitarme|robarse|robarme|secuestrar|matar|lastimar"
        r"|hacerle dano"
        r"|hacerles dano|pegarle|pegarles|matarlos|matarlas|lastimarlos) {gap}{kid}",
        r"(le|les|lo|la|los|las) (esta|estan|sigue|anda) (pegando|golpeando|lastimando|maltratando"
        r"|haciendo dano"
        r"|ahorcando|abusando|tocando|quemando|sacudiendo|violando|encerrando|amenazando"
        r"|ahogando) {gap}{tokid}",
        r"(esta|estan|sigue|anda) (pegando|golpeando|lastimando|maltratando|haciendo dano|abusando"
        r"|violando"
        r"|sacudiendo|zarandeando|ahorcando|ahogando|quemando|tocando|asfixiando) {gap1}{tokid}",
        r"(le|les) (pega|golpea|lastima|maltrata|hace dano|abusa|viola|toca|quema"
        r"|sacude) {gap1}{tokid}",
        r"(le|les) (va|van) a (hacer algo|hacer dano|pegar|matar|lastimar|llevar)",
        r"{kid} {gap}(se fue|se escapo|se marcho|esta|anda|salio|se va|se la llevo"
        r"|se lo llevo) con (un|una|el|ese) "
        r"(hombre|tipo|adulto|senor|desconocid[oa]|viejo|mayor)",
        r"{kid} {gap}(esta|estan|se quedo|se quedaron|anda|andan) con (el|ella|ese|esa|su padre"
        r"|su papa|el agresor"
        r"|mi ex) {gap}(borracho|borracha|drogad[oa]|armad[oa]|violent[oa]|pedo|pasado|colocad[oa]"
        r"|ciego)",
        r"{kid} {gap5}(solo|sola|solos|solas) con (el|ella|ese|esa|el agresor)",
        r"{kid} lleva {gap}(dias|horas|noches) (sin aparecer|sin volver|fuera|desaparecid[oa])",
    ),
    medical=(
        r"(se|me|te) (tomo|tome|trago|trague|metio|meti|bebio|bebi|ha tomado|he tomado"
        r"|acaba de tomar"
        r"|acabo de tomar|ha tragado|he tragado|esta tomando) {gap}(todas|muchas|un monton de"
        r"|un bote|un frasco|todo el frasco|todo el bote|todo el blister|la caja entera"
        r"|el frasco entero|el bote entero"
        r"|una caja|un blister|demasiadas|toda la caja|todo el bote|un chingo|un puno|un punado"
        r"|una tira|varias cajas)",
        r"(tomo|tome|trago|trague|bebio|bebi|tomado|tragado|ingirio|ingeri|tomarse"
        r"|tomarme) {gap}{pills} de mas",
        r"(dos|tres|cuatro|cinco|varias|muchas|unas) (cajas|botes|frascos|blisters|tiras"
        r"|cajetillas|cajitas) "
        r"(de|enteras de|enteros de) {pills}",
        r"(todas|muchas|un monton de|demasiadas|un bote de|un frasco de|una caja de|un blister de"
        r"|un chingo de"
        r"|un punado de|mas de {num}|{num}) (las |mis |sus )?{pills}",
        r"(sobredosis|sobre dosis|overdose)",
        r"(vomitando|vomita|vomito|echando|tosiendo|escupiendo|echa) sangre",
        # Stabbed or shot just now.
        r"(acaba|acaban) de (apunalar|acuchillar|disparar|balear|atropellar|pegarle un tiro"
        r"|darle un tiro"
        r"|pegar un tiro|rajar)",
        r"(le|lo|la|me|les) (dispararon|disparo|apunalaron|apunalo|acuchillaron|acuchillo|balearon"
        r"|baleo"
        r"|atropellaron|atropello) {gap5}(sangra*|no respira|inconsciente|herid[oa]|no se mueve"
        r"|no reacciona)",
        r"(tiene|con) (una|un) (punalada|navajazo|balazo|tiro|herida de bala|cuchillada)",
        # Bleeding now, unless it is a nosebleed.
        r"(esta|estoy|estan|sigue|sigo) sangrando(?! (por|de) la nariz)",
        # Someone else's medicine: "se tomó las pastillas de la abuela".
        r"(se tomo|tomo|se trago|trago|se comio|comio|se bebio|bebio|me tome|tome|me trague"
        r"|ingirio) "
        r"{gap1}(las |unas |los |unos |todas las )?{pills} de (la |el |mi |su |tu )?(abuela|abuelo"
        r"|madre|mama"
        r"|padre|papa|tia|tio|hermana|hermano|vecina|vecino|pareja|marido|esposa|esposo|novio"
        r"|novia|suegra"
        r"|suegro|abue|yaya|yayo)",
        r"(le dio|tuvo|le esta dando|esta teniendo|me esta dando|le ha dado|sufrio) un (ataque"
        r"|infarto|paro"
        r"|derrame|colapso|desmayo)",
        r"(esta|esta ahi|quedo|se quedo|lo encontre|la encontre) tirad[oa] (en el suelo|en el piso"
        r"|en la calle"
        r"|en el bano|en la cama|y no)",
        r"(se |me )?(tomo|tome|bebio|bebi|trago|trague|comio|comi|ha tomado|he tomado|ha bebido"
        r"|he bebido|ingirio) "
        r"{gap1}(lejia|cloro|veneno|raticida|matarratas|lavandina|anticongelante|insecticida"
        r"|pesticida|amoniaco"
        r"|aguarras|detergente|desatascador|gasolina|pilas)",
        r"no (respira|esta respirando|puede respirar|puedo respirar|respira bien|respira casi)",
        r"(casi no|apenas|ya no) (respira|puede respirar|puedo respirar)",
        r"respira (raro|mal|con dificultad|muy poco|muy lento)",
        r"(le|me) cuesta (mucho )?respirar",
        r"se (esta )?(ahogando|ahoga|asfixiando|asfixia)",
        r"me (estoy )?(ahogando|asfixiando)",
        r"no (se )?(despierta|reacciona)",
        r"no responde (a nada|cuando le hablo|si le hablo|al llamarlo|al llamarla)",
        r"(inconsciente|desmayad[oa]|perdio el conocimiento|perdio la conciencia|se desmayo"
        r"|sin conocimiento)",
        r"(esta|se puso|se esta poniendo) (morad[oa]|azul|gris|blanc[oa] y no)",
        r"(labios|boca|cara|unas) (azules|azul|morados|morada)",
        r"convulsion(ando|a|ar|o|es)",
        r"(infarto|ataque al corazon|ataque cardiaco|paro cardiaco|derrame|embolia"
        r"|ictus)",
        r"(sangra|sangrando|esta sangrando|estoy sangrando|sangro) (mucho|muchisimo|un monton"
        r"|sin parar|a chorros)",
        r"no (para|deja) de sangrar",
        r"(desangrando|desangrandose|desangrandome|desangrarse|desangrarme|se desangra|me desangro"
        r"|hemorragia)",
        r"(hay|sale|esta saliendo|pierde|esta perdiendo|estoy perdiendo|perdiendo|echando) (mucha"
        r"|muchisima|demasiada) sangre",
        r"(se|me) (corto|corte|ha cortado|he cortado) las (venas|munecas)",
        r"(cortarse|cortarme) las venas",
    ),
    ignore=(
        r"ataque de (risa|tos|celos|hambre|sueno)",
        # Idioms with morir and matar: "me muero de risa", "muerta de cansancio",
        # "no puedo respirar de la risa". Masked as a whole so no part is read alone.
        r"(no (puedo|podia|podemos|pude) respirar|me (muero|mori|moria|estoy muriendo|voy a morir)"
        r"|muert[oa]s?"
        r"|morir|morirme|morirse|muriendo|me (mata|matan|mato)|estoy muert[oa]) de (la |el )?(risa"
        r"|verguenza"
        r"|hambre|ganas|sueno|cansancio|calor|frio|aburrimiento|envidia|pena|amor|curiosidad"
        r"|nervios|miedo"
        r"|susto|celos|alegria|emocion|sed|asco|tristeza)",
        r"(formulario|trabajo|espera|incertidumbre|ansiedad|cabeza|calor|frio|tramite|proceso"
        r"|papeleo|duda"
        r"|curiosidad|nervios|estres|examen|tarea|pregunta|preguntas|app|aplicacion|pagina|web"
        r"|cola|burocracia"
        r"|rodilla|espalda|muela|jefe|curro|uni|facultad|cole|trafico|horario) "
        r"(me|nos) (esta |estan )?(matando|mata|matan)",
        r"(me|nos) (esta |estan )?(mata|matan|matando) (no saber|la espera|esperar|la duda"
        r"|la incertidumbre"
        r"|la curiosidad|el calor|el frio|la ansiedad|este formulario|el trabajo)",
        r"(matarme|matandome|me mato) (trabajando|estudiando|a trabajar|a estudiar)",
        # Phone and call dying.
        r"se (me )?(murio|apago|descargo|corto) (el|la|mi) (celular|movil|telefono|cel|bateria"
        r"|llamada|fono)",
        r"(celular|movil|telefono|cel|bateria) se (me )?(murio|apago|descargo)",
        # Negations: "no me quiero matar", "no soy suicida", "nunca pensé en matarme".
        r"no (me )?(quiero|voy a|pienso|estoy pensando en|tengo intencion de|tengo ganas de|planeo"
        r"|he pensado en"
        r"|pienso en|quiero hacerme|voy a hacerme) (matar*|suicid*|morir*|quitarme la vida"
        r"|hacerme dano"
        r"|lastimarme|cortarme|hacer dano)",
        r"no (soy|estoy|me siento|me considero) suicida",
        r"(nunca|jamas) (he |me |lo )?(pense|he pensado|pensaria|intentaria|haria|quise|querria"
        r"|pienso) "
        r"{gap}(matar*|suicid*|morir*|hacerme dano)",
        r"(vivir|viviendo) (con|en) (el |tanto )?(miedo|panico|angustia|incertidumbre|duda"
        r"|ansiedad|rabia)",
        r"(ahora|ya|hoy) (esta|estoy|estan|estamos|se encuentra|me encuentro|me siento|se siente"
        r"|nos sentimos) "
        r"(bien|mejor|limpi[oa]|sobri[oa]|estable|recuperad[oa]|tranquil[oa]s?|a salvo|segur[oa]s?"
        r"|muy bien|mucho mejor)",
        r"(ya|ahora) me (recupere|he recuperado|curé|cure)",
        r"me (corte|corto|cortaron|voy a cortar|quiero cortar) (el|los|las|mi) (pelo|cabello"
        r"|flequillo|unas|barba|melena)",
        r"no (aparece|aparecen|sale|salen|esta|estan) en (la |el |los |las |mi |su |ningun "
        r"|ninguna )?"
        r"(lista*|formulario*|sistema*|foto*|registro*|web|pagina*|app|documento*|carta*|informe*"
        r"|expediente*|base de datos|papeles)",
        r"es (seguro|peligroso) (reunirme|conocerlo|verlo|hablar|encontrarme|quedar)",
    ),
    past=(
        r"hace (\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince"
        r"|veinte|unos|unas"
        r"|muchos|muchas|varios|varias) (ano|anos|mes|meses|semana|semanas)",
        r"hace (anos|meses|mucho|tiempo|bastante|mucho tiempo|bastante tiempo)",
        r"(anos|meses|semanas) (atras|antes)",
        r"(el|la) (ano|mes|semana|verano|invierno|navidad) pasad[oa]",
        r"(en|del|desde|de) (19|20)\d\d",
        r"en (el |la |un )?(juicio|tribunal|juzgado|audiencia|corte|comisaria|declaracion)",
        r"(en|de) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
        r"|noviembre|diciembre)",
        r"cuando (era|eramos|tenia) (nin[oa]|pequen[oa]|chic[oa]|joven|\d+)",
        r"de (nin[oa]|pequen[oa]|chiquit[oa])",
        r"(lo|la|los) (condenaron|sentenciaron|juzgaron|detuvieron|arrestaron)",
        r"(fue|fueron) (condenad[oa]s?|sentenciad[oa]s?|juzgad[oa]s?)",
        r"(eso|esto|todo eso) (fue|paso|ocurrio)",
        r"en (aquel|ese) (entonces|tiempo|momento)",
        r"ya (se mudo|no vive|no esta|se fue a vivir|salio de la carcel|salio de prision)",
    ),
    now=(
        r"(ahora|ahorita|ahoritita|ya mismo|en este momento|en estos momentos|hoy|esta noche"
        r"|esta tarde"
        r"|justo ahora|otra vez|de nuevo|nuevamente|volvio a|acaba de|acabo de|todavia|aun)",
    ),
    words={
        "q": "que",
        "k": "que",
        "ke": "que",
        "xq": "porque",
        "pq": "porque",
        "porq": "porque",
        "x": "por",
        "xa": "para",
        "pa": "para",
        "pal": "para el",
        "ca": "aca",
        "aki": "aqui",
        "aka": "aca",
        "kiero": "quiero",
        "qiero": "quiero",
        "quero": "quiero",
        "kiere": "quiere",
        "qiere": "quiere",
        "kieren": "quieren",
        "kisiera": "quisiera",
        "toy": "estoy",
        "stoy": "estoy",
        "ta": "esta",
        "tas": "estas",
        "tan": "estan",
        "sta": "esta",
        "boy": "voy",
        "voi": "voy",
        "bamos": "vamos",
        "ase": "hace",
        "aser": "hacer",
        "asta": "hasta",
        "ijo": "hijo",
        "ija": "hija",
        "ijos": "hijos",
        "ijas": "hijas",
        "d": "de",
        "wey": "tipo",
        "guey": "tipo",
        "buey": "tipo",
        "weon": "tipo",
        "vato": "tipo",
        "man": "tipo",
        "cuchiyo": "cuchillo",
        "pastis": "pastillas",
        "pasti": "pastilla",
        "pistol": "pistola",
        "nesecito": "necesito",
        "nececito": "necesito",
        # Typos of the suicide words, listed: fuzzy ones would also read English "suicidal"
        # and Romanian "suicidară" as Spanish.
        "suisidarme": "suicidarme",
        "sucidarme": "suicidarme",
        "suicdarme": "suicidarme",
        "suisidar": "suicidar",
        "sucidar": "suicidar",
        "suisidio": "suicidio",
        "sucidio": "suicidio",
        "suisida": "suicida",
        "suicidarm": "suicidarme",
        "matarm": "matarme",
        "poli": "policia",
        "bato": "tipo",
        "orita": "ahorita",
        "horita": "ahorita",
        "nomas": "solo",
        "vivr": "vivir",
        "bivir": "vivir",
        "vibir": "vivir",
        "morirm": "morirme",
        # Common misspellings, listed rather than fuzzy: a fuzzy "inconsciente" also read
        # Romanian "inconștient".
        "inconciente": "inconsciente",
        "inconsiente": "inconsciente",
        "inconcsiente": "inconsciente",
    },
    fuzzy=(
        "pastillas",
        "cuchillo",
        "sobredosis",
        "desaparecido",
        "desaparecida",
        "desaparecio",
        "respirando",
        "desangrando",
        "persiguiendo",
        "secuestraron",
        "secuestrado",
        "secuestrada",
        "amenazando",
        "comprimidos",
        "navaja",
        "pistola",
        "machete",
    ),
    macros={
        "kid": _KID,
        # "a mi hijo", "de la nena", "al niño": what Spanish puts between a verb and a child.
        "tokid": (
            r"(a |de |al |del )?(mi |mis |la |el |los |las |nuestro |nuestra |nuestros |nuestras "
            r"|su |sus )?{kid}"
        ),
        # Five or more, in words or digits ("20 pastillas"): one or two is a usual dose.
        # Digits are spelled as literals so the detector can still pick the pattern by its
        # first letters.
        "num": (
            r"(cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|cuarenta|cincuenta|cien"
            r"|5|6|7|8|9|(1|2|3|4|5|6|7|8|9)(0|1|2|3|4|5|6|7|8|9)(0|1|2|3|4|5|6|7|8|9)?)"
        ),
        "weapon": (
            r"(cuchill*|navaj*|machete*|arma|armas|pistola*|revolver|fusca|escopeta*|rifle*|cuete"
            r"|punal|punales|cortaplumas|hacha|katana|pistolon|cuerno de chivo)"
        ),
        "pills": (
            r"(pastilla*|pildora*|comprimido*|tableta*|capsula*|medicamento*|medicina*|remedio*"
            r"|pastis|pepas"
            r"|paracetamol|ibuprofeno|antidepresivos|ansioliticos|somniferos|diazepam|lorazepam"
            r"|tramadol"
            r"|rivotril|clonazepam|trankimazin|orfidal|insulina)"
        ),
    },
    strip_marks=True,
)
