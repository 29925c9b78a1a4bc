"""Crisis signs in Portuguese: why these forms, what was left out and why.

Written for Brazil and Portugal alike. Brazilians put the pronoun first ("quero me matar",
"tá me seguindo"), Portugal puts it after with a hyphen ("quero matar-me", "está a
seguir-me"); normalising turns the hyphen into a space, so "matar-me" is "matar me" and the
patterns take the pronoun on either side. European "está a + infinitive" is the Brazilian
gerund ("está a bater" = "está batendo") and both are written out.

The person on the verb tells who acts: "vou me matar" and "quero me matar" are suicide,
"vai me matar" and "quer me matar" are danger; "se matar" is a third person's self-harm.
Present, gerund and near future are the signal; "tinha", "me seguia", "me ameaçou" tell a
past event and are left out, and the `past` markers (há anos, em 2019, no tribunal) catch
the rest.

Left out: "me ajuda" alone (asked about the form all the time), "pegar" and "apanhar" (also
"to pick up": "vai pegar as crianças na escola"), "levou as crianças" alone (to school, to
grandma) unless something says they are gone or a stranger took them, "putos" (in Brazil it
means angry, not kids), "não voltou a" + infinitive ("did not do it again"), "convuls*"
(it would read Romanian "convulsii"). "Não estou segura" counts only when no "se", "de" or
"que" follows (then it is "I am not sure if ...").
"""

from dialogues.crisis.lexicon import Lexicon

_KID = (
    r"(filh[oa]s?|filhinh[oa]s?|menin[oa]s?|criancas?|bebes?|nenem|nene|miud[oa]s?|garot[oa]s?"
    r"|moleques?|guris?|gurias?|pirralh[oa]s?|catraias?|sobrinh[oa]s?|net[oa]s?|irmaozinho"
    r"|irmazinha"
    r"|entead[oa]s?|pequen[oa]s?|caçula|cacula)"
)

LEXICON = Lexicon(
    language="pt",
    suicide=(
        # First person intent, pronoun before or after: "quero me matar", "vou-me matar".
        r"(quero|queria|vou|penso em|pensando em|pensar em|vontade de|preciso|devia|deveria|decidi"
        r"|gostaria de|vou tentar|apetece me|so quero|so penso em|estou por|to pra|estou pra"
        r"|tenho de|tenho que) "
        # The pronoun on one side or the other, never neither: "quero matar o tempo" is idle.
        r"(me {selfverb}|{selfverb} me)",
        # Third person self-harm: "vai se matar", "quer-se matar", "disse que vai se suicidar".
        r"(quer|vai|ia|pensa em|esta pensando em|anda pensando em|tentou|ta querendo|esta querendo"
        r"|quis"
        r"|ameaca|ameacou|disse que vai|falou que vai|diz que vai|fala que vai|prometeu) "
        r"(se )?(matar|suicidar|enforcar|envenenar|cortar) se",
        r"(quer|vai|ia|pensa em|esta pensando em|anda pensando em|tentou|ta querendo|esta querendo"
        r"|quis"
        r"|ameaca|ameacou|disse que vai|falou que vai|diz que vai|fala que vai|prometeu) "
        r"se (matar|suicidar|enforcar|envenenar|cortar|jogar|atirar)",
        # Portuguese forms only, not "suicid*": English "suicidal" and Romanian "suicidară"
        # are read by their own lexicons, which know their negations.
        r"suicid(a|as|io|ios|ar|ou|a|ando|arei|aria|ariam|am|aram|e|ado|ada|ados|asse)",
        r"(hoje|ja|esta noite|essa noite|amanha|eu|juro que|entao) (eu )?me (mato|suicido)",
        # A gun to one's own head: "vou dar um tiro na cabeça", "estourar os miolos".
        r"(dar|dou|vou dar|meter|vou meter|enfiar|vou enfiar) (um tiro|uma bala) (na minha cabeca"
        r"|na cabeca"
        r"|em mim|na minha boca)",
        r"(estourar|estouro|explodir|rebentar) (os |meus |os meus )?miolos",
        # "Hoje à noite eu faço isso, não ligo mais pra nada": doing "it" tonight, said with
        # nothing mattering any more. Neither half alone is enough.
        r"(hoje|hoje a noite|esta noite|essa noite|amanha|agora) (eu )?(faco isso|vou fazer isso"
        r"|acabo com isso"
        r"|termino com isso|faco) {gap5}(nao ligo mais (para|pra) nada|nada importa"
        r"|nada mais importa"
        r"|nao me importa mais nada|adeus a todos|me perdoem)",
        # Said as a threat or a condition: "diz que se mata se eu deixar ele".
        r"(diz|disse|ameaca|ameacou|jura|jurou|grita|escreveu) (que )?(se|me) (mata|matara|suicida"
        r"|mato"
        r"|vai matar|vou matar)",
        r"(se|me) (mata|matara|mato|suicida|suicido) se",
        r"(mato|suicido) me (hoje|ja|esta noite|amanha)",
        r"(me )?(matarei|suicidarei)( me)?",
        # Wanting to die, not to live, not to wake.
        r"(quero|queria|vontade de|so quero|gostaria de|preferia|desejo|apetece me) (morrer"
        r"|sumir para sempre"
        r"|desaparecer para sempre|deixar de existir|nao existir|estar mort[oa]|nao acordar"
        r"|dormir para sempre)",
        r"(dormir|durmo) e (nunca mais|nao|jamais) (acordar|acordo)",
        r"(cansada|cansado|farta|farto|exausta|exausto|cheia|cheio) de (viver|a vida|existir"
        r"|estar viv[oa])",
        r"(ir embora|sair|partir|me ir|ir me) (deste|desse|do) mundo",
        r"(deixar|abandonar) (este|esse|o) mundo",
        # A purpose said outright: "tomei os remédios pra me matar".
        r"(para|pra) (me matar|matar me|me suicidar|suicidar me|tirar a minha vida|tirar minha vida"
        r"|se matar|matar se)",
        r"{pills} {gap5}(para|pra) (morrer|nao acordar)",
        r"(vou|quero|penso em|vai|quer|disse que vai|diz que vai|estou para|estou pra) (pular"
        r"|saltar|me jogar"
        r"|me atirar|atirar me|jogar me) (da|do|de|pela|pelo|para|pra|a|ao|de cima"
        r"|do alto) {gap1}(ponte|janela|predio|viaduto|varanda|sacada|telhado|terraco|metro"
        r"|comboio|trem|linha|rio|mar|penhasco|falesia|edificio|laje|andar)",
        r"(porque|por que) (eu )?nao morro (logo|de uma vez|ja)",
        r"(quem me dera|tomara que eu|oxala) (morrer|morresse|estar mort[oa]|nao acordar)",
        r"(ja )?nao (quero|aguento|consigo|tenho vontade de|tenho forcas para) (mais )?(viver"
        r"|continuar vivendo"
        r"|continuar a viver|continuar viv[oa]|existir|estar viv[oa]|seguir vivendo|seguir a viver"
        r"|continuar aqui|estar aqui)",
        r"(ja )?nao vale (mais )?a pena (viver|continuar|seguir)",
        r"nao (quero|aguento) (mais )?(estar|ficar|continuar) (aqui|neste mundo|nesse mundo"
        r"|no mundo"
        r"|nesta vida|nessa vida|nesta terra)",
        # Third person: "diz que quer morrer".
        r"(quer|queria|diz que quer|disse que quer|fala que quer|falou que quer) "
        r"(morrer|sumir para sempre|deixar de viver|deixar de existir)",
        r"ninguem (vai|ia|iria|vai nem) (sentir (a )?minha falta|notar|chorar|se importar|ligar)",
        r"se eu (morrer|morresse|me matar|sumir) ninguem",
        r"(a vida|viver|minha vida|a minha vida) (ja )?nao (tem|faz) (mais )?(sentido"
        r"|nenhum sentido)",
        r"nao (vejo|encontro|tem) (mais )?(nenhum )?sentido (em|na|para) (viver|vida|continuar"
        r"|seguir)",
        r"(estaria|estariam|ficaria|ficariam|seria|seriam|viveriam|estarao|ficam|ficavam|estavam) "
        r"(bem )?(melhor|melhores|mais felizes?) sem mim",
        r"(acabar|acabo|acabarei|terminar|termino) com (tudo|a minha vida|minha vida|a vida"
        r"|a propria vida|isto de vez)",
        r"(por|pôr|dar|dou) (um )?fim (a|à|na|em) (tudo|minha vida|a minha vida)",
        r"(tirar|tiro|tirarei) (a |minha |a minha |a propria )?vida",
        r"(tirar|tiro) (me )?a vida",
        # Self-harm now or again.
        r"se (cortou|corta|esta cortando|cortou de novo|machucou|queimou) (toda|todo|de novo"
        r"|outra vez"
        r"|os bracos|os pulsos|as pernas|o braco|a perna|de proposito)",
        r"(cortou|corta|machucou) se (toda|todo|de novo|outra vez|os bracos|os pulsos|as pernas)",
        r"(me cortando|cortando me|a cortar me|me cortar de novo|me corto (os|as|o|a|com|de novo"
        r"|outra vez)"
        r"|corto me|me machucando"
        r"|a magoar me"
        r"|me magoando|me ferindo|me queimando|me queimo|me bato|automutila*|autolesa*|auto lesao"
        r"|auto mutilacao)",
        r"me (cortei|machuquei|queimei) (de novo|outra vez|hoje|os bracos|os pulsos|as pernas|todo"
        r"|toda)",
        r"(cortei|magoei|queimei) me (de novo|outra vez|hoje|os bracos|os pulsos|as pernas)",
        r"(comprei|arranjei|tenho|preparei|ja tenho) (a |uma )?corda",
        r"(corda|forca) (pronta|preparada|amarrada)",
        r"(jogar|atirar|lancar) (me |se )?(da|do|de|pela|pelo|na|no|para|pra|a|ao|debaixo"
        r"|em frente|de cima|do alto) {gap1}"
        r"(ponte|janela|predio|viaduto|prédio|varanda|sacada|telhado|terraco|metro|comboio|trem"
        r"|linha|carro"
        r"|rio|mar|penhasco|falesia|edificio|laje|andar|onibus|camiao|caminhao)",
        r"(me|se) (jogar|atirar|lancar|jogo|atiro|lanco|joga|atira) (da|do|de|pela|pelo|na|no|para"
        r"|pra|a|ao|debaixo|em frente|de cima|do alto) {gap1}"
        r"(ponte|janela|predio|viaduto|varanda|sacada|telhado|terraco|metro|comboio|trem|linha"
        r"|carro"
        r"|rio|mar|penhasco|falesia|edificio|laje|andar|onibus|camiao|caminhao)",
        # Saying goodbye: "já me despedi de todos", "essa é minha despedida".
        r"(ja )?me (despedi|estou despedindo|despeço|despeco) de (todos|todo mundo|toda a gente"
        r"|minha familia|meus filhos|voces)",
        r"(ja )?(despedi me|estou a despedir me) de (todos|toda a gente|minha familia|voces)",
        r"(esta|essa|esta e|essa e|e) (a )?minha (despedida|ultima mensagem|ultima carta)",
        r"(para|pra) (nao|nunca mais) acordar( mais| nunca mais)?",
        r"(vou|quero|penso em|pensando em|a pensar em|vontade de) (tomar|engolir|beber) (todos "
        r"|todas )?(os |as |meus "
        r"|minhas )?{pills}",
        r"(separei|juntei|guardei|comprei|juntando|guardando) (os |as |uns |umas |meus "
        r"|minhas )?{pills} (para|pra)",
        # "I can't take any more": the plea English reads as "can't take it any more".
        r"(ja )?nao (aguento|suporto|consigo|aguenta) mais( (isto|isso|esta vida|viver|"
        r"com (isto|isso|a vida|nada)))?$",
        r"(ja )?nao (aguento|suporto) mais (isto|isso|esta vida|viver|a vida)",
    ),
    danger=(
        # A weapon in hand now.
        r"(tem|esta com|com|tem na mao|tirou|sacou|anda com|veio com|vem com|traz|trouxe|puxou"
        r"|carrega|segura|apontou|apontando) "
        r"(um |uma |a |o |sua |seu )?{weapon}",
        r"(esta|vem|anda|veio|estao|vieram|andam) armad[oa]s?",
        # Outside, at the door, inside.
        r"(esta|estao|ficou|fica|continua|anda|parou|parado|parada|esperando|a espera"
        r"|a esperar) {gap}"
        r"(la fora|aqui fora|ai fora|ca fora|do lado de fora|na porta|a porta|na minha porta"
        r"|a minha porta"
        r"|em frente (a|da|de) (minha )?casa|na frente (da|de) (minha )?casa|no portao|a janela"
        r"|na janela"
        r"|no quintal|na rua de casa|a porta de casa|fora de casa|a entrada|na entrada"
        r"|em baixo de casa|embaixo de casa)",
        r"(ele|ela|meu ex|ex|agressor|meu marido|meu namorado|meu companheiro|o pai|alguem|um cara"
        r"|um homem"
        r"|um tipo|o gajo|esse cara|esse homem|o pai dos meus filhos|meu padrasto) (ja )?(esta"
        r"|entrou|invadiu|continua|se meteu|acabou de entrar|acabou de invadir|acaba de entrar) "
        r"(aqui|ca|em casa|dentro de casa|na minha casa|dentro|no meu quarto|la em casa|ca dentro"
        r"|aqui dentro)",
        r"(dando|a dar|deu|da) (chutes|pontapes|murros|socos|pancadas|porradas) (na|a"
        r"|contra a) (porta|janela)",
        r"(esta|estao|continua|fica|anda) (batendo|esmurrando|chutando|forcando|arrombando"
        r"|quebrando|partindo"
        r"|tentando abrir|socando|esmurrar|a bater|a esmurrar|a chutar|a forcar|a arrombar"
        r"|a partir|a tentar abrir|a pontapear) "
        r"(na |a |o |as |em |no )?(porta|janela|janelas|portao|fechadura|vidro|vidros)",
        r"(tentando|a tentar|tenta|quer) (entrar|arrombar|invadir) {gap1}(em casa|a casa"
        r"|pela janela|a forca|na marra)?",
        r"(tentando|a tentar|tenta) (entrar|arrombar|invadir)",
        # Followed, watched, found.
        r"me (seguindo|perseguindo|vigiando|procurando|cacando|rondando|espionando)",
        r"(esta|estao|anda|andam|vem|continua) a (seguir|perseguir|vigiar|procurar|cacar) me",
        r"(estou|to|estamos) (a ser|sendo) (seguid[oa]s?|perseguid[oa]s?|vigiad[oa]s?"
        r"|procurad[oa]s?)",
        # With "me" on one side: "ele segue" alone is "he carries on".
        r"(alguem|carro|cara|homem|ele|ela|tipo|gajo|moto|mota|desconhecido|eles|ex) "
        r"(me (segue|persegue|vigia)|(segue|persegue|vigia) me)",
        r"(vai|vao) (me )?(achar|encontrar|descobrir|matar|bater|machucar|magoar|esfaquear"
        r"|atirar em mim|estuprar"
        r"|violar|levar|sequestrar|raptar|queimar|enforcar|estrangular|dar um tiro|fazer mal"
        r"|fazer alguma coisa|encher de porrada|dar porrada|dar uma surra|espancar|arrebentar"
        r"|quebrar a cara"
        r"|partir a cara|dar pancada|dar uma coca)( me)?",
        r"me (achou|encontrou|encontraram|acharam|localizou|localizaram|descobriu)",
        r"(esta|estao|anda|andam|continua|fica) (rondando|a rondar|vigiando|a vigiar|espreitando"
        r"|a espreitar) "
        r"(a |minha |a minha |nossa |a nossa )?(casa|rua|porta|escola|trabalho|janela|predio)",
        r"(encontrou|achou|descobriu) me",
        r"(sabe|descobriu|ja sabe) onde (eu )?(moro|estou|vivo|trabalho|me escondo|durmo|fico)",
        # He wants to / is about to hurt me.
        r"(quer|querem|esta tentando|ta tentando|tenta|tentando|a tentar|disse que vai"
        r"|falou que vai|diz que vai"
        r"|jura que vai|ameaca|ameacam|ameacando|jurou|prometeu) {gap1}(me )?(matar|bater|espancar"
        r"|machucar|magoar"
        r"|esfaquear|estuprar|violar|enforcar|estrangular|sequestrar|raptar|queimar|dar um tiro"
        r"|atirar em mim|dar uma facada)( me)?",
        r"(me|nos) (ameaca|ameacam|ameacando|esta ameacando)",
        r"(esta|estao|anda|continua) a ameacar me",
        # Fire: "ameaça tacar fogo na casa comigo dentro".
        r"(ameaca|ameacam|ameacando|ameacou|disse que vai|vai|quer) {gap1}(tacar|botar|por|atear"
        r"|meter|deitar"
        r"|tocar) fogo",
        r"(tacar|botar|por|atear|meter|deitar|tocar) fogo (na|em|no) {gap1}(casa|apartamento|carro"
        r"|mim|nos"
        r"|quarto)",
        r"(jogar|atirar|tacar) acido",
        r"(tem|ha) (alguem|um homem|um cara|um tipo|um gajo|gente|um carro|uma carrinha"
        r"|dois caras) "
        r"{gap}(la fora|aqui fora|na (minha )?(porta|janela|rua)|a (minha )?(porta|janela)"
        r"|em frente"
        r"|na frente de casa|me olhando|me vigiando|me espiando|a olhar para mim|me esperando)",
        r"(esta|estao|continua|anda) (batendo|espancando|agredindo|esfaqueando|estrangulando"
        r"|enforcando"
        r"|sufocando|esganando) (nele|nela|neles|nelas|em mim|na gente|na minha mae|no meu pai)",
        r"(diz|disse|fala|falou|jura|jurou|grita|gritando|grita que|berra) que (me|nos) (mata"
        r"|matar|vai matar|mato)",
        # "Se eu largar ele, ele me mata": a threat that hangs on what she does.
        r"se {gap}(ele |ela )?(me|nos) (mata|matara|vai matar|mataria|matam|vao matar)",
        r"(me|nos) (mata|matara|vai matar|mataria) se",
        r"(esta|estao|vem|ja esta) a caminho (daqui|de ca|de casa|da minha casa|para ca|para casa"
        r"|da casa)",
        r"(hoje|esta noite|essa noite|agora|se me achar|se me ver|se eu sair|quando chegar"
        r"|se souber) (ele |ela )?(me|nos) mata",
        r"(me|nos) (esta |estao )?(batendo|espancando|enforcando|estrangulando|sufocando"
        r"|esfaqueando|agredindo"
        r"|atacando|estuprando|violando|machucando|matando|arrastando|socando|chutando|esganando)",
        r"(esta|estao|continua|anda) a (bater|espancar|enforcar|estrangular|sufocar|esfaquear"
        r"|agredir|atacar"
        r"|violar|matar|magoar|esganar|arrastar) (me|nos)",
        # Not safe, hiding, locked in.
        r"nao (estou|me sinto|estamos|nos sentimos) (segur[oa]s?|a salvo|protegid[oa]s?) "
        r"(em casa|aqui|ca|com ele|com ela|na minha casa|em minha casa|na casa|nesta casa"
        r"|nessa casa|la em casa)",
        r"nao (estou|estamos|me sinto|nos sentimos) a salvo",
        r"nao (estou|estamos|me sinto|nos sentimos|estou aqui) (em seguranca|num lugar seguro"
        r"|em lugar seguro"
        r"|em um lugar seguro|protegid[oa]s?)",
        # "Não estou segura" and "não me sinto segura" also mean "I am not sure", and then what
        # follows says of what: "se", "de", "que" ("não estou segura se vou").
        r"nao (estou|estamos|me sinto|nos sentimos) segur[oa]s?(?! (se|de|do|da|dos|das|que|sobre"
        r"|disso|disto|quanto"
        r"|com isso"
        r"|ainda|nada))",
        r"(estou|estamos|minha vida esta|a minha vida esta|corro|corremos"
        r"|minha vida corre) (em )?perigo",
        r"(estou|estamos) (escondid[oa]s?|trancad[oa]s?|fechad[oa]s?) (no|na|em|dentro)",
        r"(me escondi|me escondendo|a esconder me|escondi me|escondo me)",
        r"(me|nos) (trancou|prendeu|fechou|tem trancad[oa]|tem pres[oa]) {gap1}(em casa|no quarto"
        r"|dentro|aqui|na casa)",
        r"nao (me|nos) deixa (sair|ir embora|ligar|pedir ajuda)",
        r"(vindo|a vir|vem|veio|vai vir) (para|a) (ca|aqui|minha casa|casa|ca em casa)",
        r"(vindo|a vir|vem|veio) (me )?(buscar|matar|pegar) me",
        r"(vindo|a vir|vem|veio) (me )?(buscar|matar|pegar)",
        r"socorro",
        r"(chamem|chama|liga|liguem|ligar|ligue) (a policia|para a policia|pra policia|o 999"
        r"|para o 999|pro 999|a emergencia|o 190|o 112|a gnr|a psp)",
        r"medo de (voltar|ir|estar|entrar) (para |a |em |pra )?(minha )?casa",
        # The present tells of abuse that goes on: "o meu marido bate-me", "ele me bate".
        r"(marido|companheiro|namorado|ex|mulher|namorada|padrasto|pai|mae|irmao|filho) "
        r"(bate|espanca|agride|estrangula|sufoca|viola|maltrata) (me|nos|em mim)",
        r"(marido|companheiro|namorado|ex|mulher|namorada|padrasto|pai|mae|irmao|filho|ele|"
        r"ela) (me|nos) (bate|espanca|agride|estrangula|sufoca|viola|maltrata)",
    ),
    child=(
        # Not followed by "a" and an infinitive: "não voltou a falar", "não chegou a conhecer"
        # say something did not happen again or at all.
        r"{kid} {gap}(sumiu|sumid[oa]s?|desapareceu|desaparecid[oa]s?|se perdeu|perdeu se"
        r"|perdid[oa]s?|(nao voltou|nao volta|nao chegou|nao chega)(?! a \S+(ar|er|ir)( se"
        r"| me)?(?!\S))"
        r"|nao apareceu|nao aparece|fugiu de casa"
        r"|nao esta em lugar nenhum"
        r"|ninguem sabe onde|nao sei onde esta|nao sabemos onde esta)",
        r"nao (acho|encontro|consigo achar|consigo encontrar|vejo|sei onde esta|sei onde estao"
        r"|sabemos onde esta) {tokid}",
        r"(raptou|raptaram|sequestrou|sequestraram|rapto|sequestro|sequestrad[oa]s?"
        r"|raptad[oa]s?) {gap}{tokid}",
        r"{kid} {gap}(raptad[oa]s?|sequestrad[oa]s?|levad[oa]s? a forca)",
        # "Levou eles à força": the children as a pronoun, taken against a will.
        r"{kid} {gap}(levou|levaram|tirou|tiraram|roubou|roubaram) (eles|elas|ele|ela|os|as) "
        r"{gap}(a forca|sem avisar|sem permissao|e nao|embora|para longe|para fora do pais)",
        r"(levou|levaram|arrancou|arrancaram|tirou|tiraram) {gap}a forca",
        r"(levou|levaram|roubou|roubaram|tirou|tiraram|esta levando|a levar) {tokid} {gap5}(e nao"
        r"|nunca mais"
        r"|sem avisar|embora|para longe|nao sei|sumiu|desapareceu|nao atende|nao responde"
        r"|para fora do pais)",
        r"(ameac*|vai|quer|disse que vai|falou que vai|diz que vai|jurou|prometeu) {gap}(levar"
        r"|tirar|roubar|matar"
        r"|machucar|magoar|bater|sumir com|levar embora|sequestrar|raptar|fazer mal) {gap}{tokid}",
        r"(esta|estao|continua|anda)? ?(batendo|espancando|machucando|magoando|agredindo|abusando"
        r"|maltratando"
        r"|sufocando|enforcando|queimando|sacudindo|chacoalhando|abanando|estuprando|violando"
        r"|tocando) {tokid}",
        r"(esta|estao|continua|anda) a (bater|espancar|magoar|agredir|abusar|maltratar|sufocar"
        r"|queimar|violar|tocar) {tokid}",
        r"(bate|espanca|machuca|agride|abusa|maltrata|viola) {tokid} (agora|neste momento|hoje)",
        r"{kid} {gap}(esta|estao|corre|correm) (em )?perigo",
        r"{kid} {gap}(esta |estao |continua |anda )?(batendo|espancando|machucando|magoando"
        r"|agredindo"
        r"|abusando|maltratando|sufocando|enforcando|estuprando|violando) "
        r"(nele|nela|neles|nelas|dele|dela|deles|delas)",
        r"{kid} {gap}(esta|estao|ficou|ficaram|anda) com (ele|ela|esse|essa|o pai|o agressor"
        r"|meu ex) "
        r"{gap}(bebad[oa]|bebum|drogad[oa]|armad[oa]|violent[oa]|chapad[oa]|bêbad[oa]|doidao)",
        r"(um homem|um cara|uma mulher|alguem|um desconhecido|um estranho|uns caras|um tipo"
        r"|um gajo|uma pessoa) "
        r"(levou|levaram|pegou|pegaram|puxou|arrastou|raptou|tirou|agarrou) {tokid}",
        r"{kid} {gap5}(sozinh[oa]s?) com (ele|ela|o agressor|esse homem)",
        r"{kid} {gap}(fugiu|foi|saiu|esta|anda|foi embora) com (um|uma|o|esse) (homem|cara|adulto"
        r"|senhor|velho|desconhecid[oa]|gajo|tipo)",
        r"(vai|vao|quer) (fazer mal|machucar|magoar|bater|matar) (ao|a|aos|as|no|na) {kid}",
    ),
    medical=(
        r"(duas|tres|quatro|cinco|varias|muitas|umas) (caixas|cartelas|frascos|embalagens"
        r"|carteiras|vidros) "
        r"(de|inteiras de|inteiros de) {pills}",
        r"(tomou|tomei|engoliu|engoli|bebeu|bebi|ingeriu|ingeri|tomou se|acabou de tomar"
        r"|acabei de tomar) "
        r"{gap}(todos|todas|muitos|muitas|um monte de|uma cartela|a cartela|cartela inteira"
        r"|um frasco|o frasco"
        r"|uma caixa|a caixa|caixa inteira|um vidro|varios|varias|demais|um punhado|uma porrada"
        r"|uma data de|montes de)",
        r"{pills} (a mais|demais|em excesso|de uma vez)",
        r"(overdose|sobredosagem|superdosagem|sobredose|over dose)",
        r"(vomitando|vomita|vomitou|a vomitar|tossindo|a tossir|cuspindo|a cuspir) sangue",
        # Stabbed or shot just now.
        r"(acabou|acabaram|acaba|acabam) de (esfaquear|atirar|balear|atropelar|dar um tiro"
        r"|dar uma facada"
        r"|dar tiros|dar facadas)",
        r"(levou|tomou|recebeu) (um tiro|uma facada|tiros|facadas|um balazio|uma bala)",
        r"(deram|deu) (um tiro|uma facada|tiros|facadas) (nele|nela|no|na|em)",
        # Bleeding now, unless it is a nosebleed.
        r"(esta|estou|estao|continua) (sangrando|a sangrar)(?! (pelo|do) nariz)",
        # Someone else's medicine: "tomou os remédios da avó".
        r"(tomou|tomei|engoliu|engoli|comeu|bebeu|ingeriu) {gap1}(os |as |uns |umas |todos os "
        r"|todas as )?"
        r"{pills} (da|do|de) (minha |meu |sua |seu )?(avo|vovo|mae|pai|tia|tio|irma|irmao|vizinha"
        r"|vizinho"
        r"|marido|mulher|esposa|namorado|namorada|sogra|sogro|outra pessoa)",
        r"(teve|ta tendo|esta tendo|deu|esta a ter|sofreu) (um |uma )?(ataque|infarto|enfarte|avc"
        r"|colapso"
        r"|paragem|parada)",
        r"(esta|ficou|caiu e ficou|encontrei) (caid[oa]|estendid[oa]|estatelad[oa]) (no chao"
        r"|no banheiro"
        r"|na rua|na cama|e nao)",
        r"(esta|ficou) (caid[oa]|estendid[oa]) e nao",
        r"(bebeu|bebi|tomou|tomei|engoliu|engoli|comeu|ingeriu) {gap1}(lixivia|agua sanitaria"
        r"|veneno|chumbinho|soda caustica"
        r"|creolina|cloro|detergente|gasolina|raticida|mata ratos|pilha|pilhas|desinfetante"
        r"|amoniaco)",
        r"nao (esta |ta )?(respira|respirando|consegue respirar|consigo respirar|a respirar)",
        r"(quase|ja) nao (respira|consegue respirar|consigo respirar)",
        r"respira(ndo)? (estranho|mal|com dificuldade|muito fraco|muito devagar|esquisito)",
        r"(esta|ta|estou) (sufocando|engasgad[oa]|engasgando|asfixiando|se afogando|afogando"
        r"|a sufocar|a asfixiar)",
        r"nao (acorda|reage|se mexe|mexe)",
        r"nao responde (a nada|quando (eu )?chamo|quando falo)",
        r"(inconsciente|desmaiad[oa]|desmaiou|perdeu os sentidos|perdeu a consciencia|sem sentidos"
        r"|sem consciencia|caiu e nao levanta)",
        r"(esta|ta|ficou|ficando) (roxa|roxo|azul|cinzento|cinzenta|pálid[oa] e nao)",
        r"(boca|labios|cara|unhas) (roxa|roxos|roxas|azul|azuis)",
        # Not "convuls*": Romanian "convulsii" would be read as Portuguese.
        r"convuls(ao|oes|ionando|ionar|ionou|iona|ivo|iva|ivos|ivas)",
        r"(infarto|enfarte|ataque cardiaco|ataque do coracao|ataque de coracao|parada cardiaca"
        r"|paragem cardiaca|avc|derrame)",
        r"(sangrando|a sangrar|sangra|sangrar) (muito|demais|sem parar|pra caramba|um monte|imenso"
        r"|tanto)",
        r"nao (para|pára|parava) de sangrar",
        r"(perdendo|a perder|tem|ha|saindo|esta saindo|jorrando|a sair|sai) (muito|tanto"
        r"|imenso) sangue",
        r"(hemorragia|esvaindo em sangue|esvair em sangue|esvaindo se)",
        r"(cortou|cortei|cortaram|cortar) (os |o )?(pulsos|pulso)",
    ),
    ignore=(
        r"(ataque|crise) de (riso|risos|tosse|ciumes|fome|sono)",
        # Idioms: "morri de rir", "to morta de cansaço", "não consigo respirar de tanto rir".
        r"(morrendo|morri|morro|morria|mort[oa]s?|morrer|a morrer|vou morrer|nao consigo respirar"
        r"|nao conseguia respirar) "
        r"de (tanto )?(rir|riso|vontade|vergonha|fome|sono|cansaco|calor|frio|tedio|saudade"
        r"|saudades|medo|susto"
        r"|curiosidade|inveja|ciume|ciumes|nervoso|amor|sede|raiva|pena|preguica)",
        r"(formulario|trabalho|espera|processo|papelada|cabeca|calor|frio|ansiedade|curiosidade"
        r"|duvida|burocracia"
        r"|pergunta|perguntas|app|site|fila|escola|faculdade|chefe|isto|isso|esta espera"
        r"|essa espera|saudade) "
        r"(me )?(esta |ta )?(me )?(matando|mata)( me)?",
        r"(isto|isso|esta espera|o trabalho) (esta a |ta a )?(matar|mata|da cabo de) (me|mim)",
        r"(da|dar|dando) cabo de mim",
        # Phone and call dying.
        r"(celular|telemovel|telefone|bateria|cel|telemóvel|fone) (morreu|desligou|apagou"
        r"|descarregou|acabou)",
        r"(ligacao|chamada) (caiu|foi abaixo)",
        # Negations: "não quero me matar", "não sou suicida", "nunca pensei em me matar".
        r"nao (quero|vou|penso em|estou pensando em|pretendo|tenho vontade de|penso"
        r"|estou a pensar em|tenho intencao de) "
        r"(me )?(matar|suicidar|morrer|machucar|cortar|magoar)( me)?",
        r"nao (sou|estou|me sinto) suicida",
        r"(nunca|jamais) (pensei|tentei|penso|pensaria|faria|quis) {gap}(me )?(matar|suicid*"
        r"|morrer|machucar)",
        r"(viver|vivendo|a viver) (com|em|a ter|no) (medo|panico|angustia|ansiedade|raiva|duvida)",
        r"(agora|ja|hoje) (esta|estou|estamos|me sinto|se sente|nos sentimos|estao|fico) "
        r"(bem|melhor|limp[oa]|sobri[oa]|estavel|recuperad[oa]|tranquil[oa]s?|a salvo|segur[oa]s?"
        r"|otim[oa]|muito melhor|muito bem)",
        r"(bem|melhor|segur[oa]) agora",
        r"(ja )?me recuperei",
        r"nao (aparece|aparecem|esta|estao|consta|constam) (na|no|nos|nas|em) "
        r"(lista*|formulario*|sistema*|foto*|registo*|registro*|site|pagina*|app|documento*|carta*"
        r"|relatorio*|processo|papeis)",
        r"e seguro (encontrar|ver|falar|conhecer|ir)",
    ),
    past=(
        r"ha (\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|uns|umas|alguns"
        r"|algumas|varios|varias|muitos|muitas) "
        r"(ano|anos|mes|meses|semana|semanas)",
        r"ha (anos|meses|muito tempo|tempos|bastante tempo|muitos anos)",
        r"faz (\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|uns|umas|alguns"
        r"|algumas|varios|varias|muitos|muitas) "
        r"(ano|anos|mes|meses|semana|semanas)",
        r"faz (anos|meses|muito tempo|tempo)",
        r"(anos|meses|semanas) (atras|antes)",
        r"(o |no )?(ano|mes|verao|inverno|natal) passado",
        r"(na |a )?semana passada",
        r"(em|de|desde) (19|20)\d\d",
        r"(no|na|em) (tribunal|julgamento|audiencia|forum|delegacia|esquadra|juizo)",
        r"(foi|foram) (condenad[oa]s?|pres[oa]s?|julgad[oa]s?|sentenciad[oa]s?)",
        r"condenad[oa]s? por",
        r"quando (eu )?(era|eramos) (pequen[oa]s?|crianca|criancas|mais nov[oa]|adolescente|jovem)",
        r"em (janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
        r"|dezembro)",
        r"naquela (epoca|altura|vez|noite)",
        r"(isso|isto|tudo isso) (foi|aconteceu)",
        r"ja (se mudou|nao mora|nao vive|saiu da prisao|saiu da cadeia)",
    ),
    now=(
        r"(agora|agorinha|neste momento|nesse momento|agora mesmo|ja ja|hoje|esta noite|essa noite"
        r"|hoje a noite"
        r"|de novo|outra vez|novamente|acabou de|acabei de|ainda)",
    ),
    words={
        "vc": "voce",
        "vcs": "voces",
        "ce": "voce",
        "to": "estou",
        "tou": "estou",
        "ta": "esta",
        "tao": "estao",
        "taria": "estaria",
        "tariam": "estariam",
        "tava": "estava",
        "tamo": "estamos",
        "tamos": "estamos",
        "q": "que",
        "k": "que",
        "pq": "porque",
        "pk": "porque",
        "oq": "o que",
        "n": "nao",
        "naum": "nao",
        "nn": "nao",
        "mt": "muito",
        "mto": "muito",
        "mta": "muita",
        "mts": "muitos",
        "mtos": "muitos",
        "mtas": "muitas",
        "vo": "vou",
        "pra": "para",
        "pa": "para",
        "pro": "para o",
        "pros": "para os",
        "tb": "tambem",
        "tbm": "tambem",
        "hj": "hoje",
        "agr": "agora",
        "msm": "mesmo",
        "kd": "cade",
        "eh": "e",
        "td": "tudo",
        "tds": "todos",
        "cm": "com",
        "c": "com",
        # Listed, not fuzzy: a fuzzy "overdose" read English "overcome", a fuzzy "revolver"
        # read Portuguese "resolver".
        "overdoce": "overdose",
        "overdos": "overdose",
        "revolve": "revolver",
        "faka": "faca",
        "fakas": "facas",
        "inconciente": "inconsciente",
        "inconsiente": "inconsciente",
        "nd": "nada",
        "ngm": "ninguem",
        "qro": "quero",
        "kero": "quero",
        "qero": "quero",
        # Typos of the suicide words, listed: a fuzzy "suicidio" would also read English
        # "suicidal" as Portuguese.
        "sucidio": "suicidio",
        "suisidio": "suicidio",
        "suisidar": "suicidar",
        "sucidar": "suicidar",
        "suicidarr": "suicidar",
    },
    fuzzy=(
        "comprimidos",
        "remedios",
        "desaparecido",
        "desaparecida",
        "desapareceu",
        "respirando",
        "sangrando",
        "perseguindo",
        "sequestraram",
        "sequestrado",
        "sequestrada",
        "ameacando",
        "enforcar",
        "machucando",
        "espancando",
        "pistola",
        "canivete",
    ),
    macros={
        "kid": _KID,
        "selfverb": (
            r"(matar|suicidar|enforcar|envenenar|cortar|machucar|ferir|magoar|afogar"
            r"|atirar na cabeca)"
        ),
        # "no meu filho", "da minha filha", "as crianças": what Portuguese puts before a child.
        "tokid": r"(o |a |os |as |no |na |nos |nas |em |do |da |dos |das |ao |aos )?"
        r"(meu |minha |meus |minhas |nosso |nossa |nossos |nossas |seu |sua )?{kid}",
        # Proclitic "me matar" (Brazil); the enclitic "matar-me" (Portugal) follows the verb.
        "me": r"(me )?",
        "weapon": (
            r"(faca|facas|facao|faquinha|canivete|navalha|arma|armas|pistola|revolver|revolve"
            r"|oitao|berro|trezoitao"
            r"|espingarda|cacadeira|escopeta|machado|catana|machete|punhal|fuzil|metralhadora)"
        ),
        "pills": (
            r"(comprimido*|remedio*|pilula*|pastilha*|capsula*|medicamento*|medicacao|calmante*"
            r"|ansiolitico*"
            r"|antidepressivo*|paracetamol|ibuprofeno|rivotril|clonazepam|diazepam|lorazepam"
            r"|tramadol|dipirona"
            r"|benuron|xanax|insulina|soniferos?|comprimido)"
        ),
    },
    strip_marks=True,
)
