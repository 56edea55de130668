"""Nicknames and short forms of first names, per language, folded (lower case, no accents).

Each line reads ``canonical: variant, variant...``. A canonical name of two words
(``maria teresa: maite``) lets a single-word nickname stand for a compound first name.
Regional forms of the same name (Catalan Josep, Galician Xosé, Basque Jon) are listed as
variants, because the same customer is often written both ways at a Spanish front desk.
A variant may belong to several canonical names (toni: Antonio, Antonia, Anthony...).
"""

from __future__ import annotations

_TABLE = """
# English
robert: bob, bobby, rob, robbie, bert, robin
william: will, bill, billy, willie, liam, willy
richard: rick, ricky, dick, rich, richie
james: jim, jimmy, jamie, jay
john: johnny, jack, jon
jonathan: jon, jonny, nathan
michael: mike, mick, mickey, mikey
elizabeth: liz, lizzie, beth, betty, eliza, libby, lisa, elisa, bess, betsy
margaret: maggie, meg, peggy, marge, margie, greta, madge
katherine: kate, katie, kathy, cathy, kat, kitty, catherine, kathryn, katharine
catherine: cathy, cate, kate, katie
christopher: chris, kit, topher
christine: chris, chrissy, tina, christina, kristina
christina: tina, chris, chrissy
alexander: alex, alec, sandy, xander, lex, sasha
alexandra: alex, sandra, sandy, lexi, alexa, sasha, xandra
anthony: tony, ant
andrew: andy, drew
daniel: dan, danny
david: dave, davy
edward: ed, eddie, ted, teddy, ned
thomas: tom, tommy
joseph: joe, joey, jo
josephine: jo, josie, jojo
patricia: pat, patty, trish, tricia
patrick: pat, paddy, rick
rebecca: becky, becca
susan: sue, suzy, susie
suzanne: sue, suzy, susie
deborah: debbie, deb, debra
jennifer: jen, jenny
jessica: jess, jessie
samantha: sam, sammy
samuel: sam, sammy
victoria: vicky, tori, vic
victor: vic
nicholas: nick, nicky
nicola: nikki, nicky
matthew: matt, matty
benjamin: ben, benny, benji
charles: charlie, chuck, chas
charlotte: charlie, lottie, lotte
frederick: fred, freddie, fritz
gregory: greg
harold: harry, hal
henry: harry, hank, hal
kenneth: ken, kenny
lawrence: larry, laurie
leonard: leo, len, lenny
peter: pete
philip: phil
ronald: ron, ronnie
stephen: steve, stevie, steven
steven: steve, stevie
timothy: tim, timmy
abigail: abby, gail
amanda: mandy, amy
barbara: barb, babs
dorothy: dot, dottie, dolly
eleanor: ellie, nora, nell, elle
helen: nell, nellie
jacqueline: jackie, jacky
judith: judy, jude
kimberly: kim
pamela: pam
sarah: sally, sadie, sara
theresa: tess, tessa, terry, teresa
valerie: val
virginia: ginny, ginger
zachary: zach, zack
# Spanish (with Catalan, Galician and Basque forms)
jose: pepe, pepito, pep, chepe, josep, xose, jose, joseba
francisco: paco, pancho, curro, fran, frasco, francesc, xisco, cisco, quico, kiko
francisca: paca, paquita, fran, francesca, xisca
maria teresa: maite, teresa
teresa: tere, tete, maite
maria jose: marijose, majo, mariajo
maria del carmen: maricarmen, mamen, carmen, mari carmen, menchu, carmina
carmen: carmina, menchu, mamen, carme
maria isabel: maribel, isabel
isabel: isa, chabela, elisabet, elisabeth, elizabeth, isabela, isabella
maria luisa: marisa, malu, luisa
maria dolores: lola, loli, mariloli, dolores, lolita
dolores: lola, loli, lolita
maria angeles: marian, angeles, geles
maria pilar: pili, pilar, maripili, pilarica
pilar: pili, maripili
maria rosario: charo, rosario, chari
rosario: charo, chari
maria jesus: mariajesus, marichu
maria concepcion: concha, conchi, conchita, concepcion
concepcion: concha, conchi, conchita
maria mercedes: merche, mercedes, meche, mercè
mercedes: merche, meche, merce
maria soledad: sole, marisol, soledad
maria montserrat: montserrat
montserrat: montse
maria antonia: antonia, marian
maria elena: malena, mariele, elena
maria eugenia: maru, eugenia, uge
maria victoria: marivi, victoria
maria cristina: cristina, maricris
maria inmaculada: inma, macu, inmaculada
inmaculada: inma, macu, inmacula
maria asuncion: asun, chon, asuncion
asuncion: asun, chon
maria remedios: reme, remedios
maria guadalupe: lupe, lupita, guadalupe
guadalupe: lupe, lupita
maria rocio: rocio, rochi
maria nieves: nieves
maria: mari, maruja, mary, marie, maria, mariona, maruxa, mayra, mery
jose maria: chema, josema, jose mari
jose luis: joselu
jose antonio: josean, josetxu
jose manuel: josema, chema
juan carlos: juanca, juancar
juan jose: juanjo
juan antonio: juanan, juanto
juan manuel: juanma
juan francisco: juanfran
juan pablo: juampa
juan: juanito, joan, xoan, jon, juanin
pedro: perico, pere, pedrito, pello
antonio: toni, tono, antoni, antxon, tonio, nono
antonia: toni, antoni
manuel: manolo, manu, lolo, manel, manolito
manuela: manoli, manu, manola
enrique: quique, kike, enric
ignacio: nacho, inaki, ignasi, natxo
jesus: chus, chucho, suso, jesu
jorge: jordi, koke, xurxo
guillermo: guille, memo, guillem, willy
alejandro: alex, alejo, jandro, ale, sandro, alexandre
alejandra: alex, ale, jandra, sandra
alberto: berto, tito, albert
roberto: robert, rober, beto, tito
fernando: nando, fer, ferran
federico: fede, quico
eduardo: edu, lalo, eduard
rafael: rafa, fali, rafel
ramon: moncho, mon, ramonet
santiago: santi, iago, tiago, diego, xanti
vicente: chente, vicen, vicent, vicentin
salvador: salva, chava, voro
ricardo: richi, rica, ricard
gonzalo: gonza, chalo
sebastian: sebas, seba
cristobal: cristo, tobal
jaime: jaume, jimmy
joaquin: quim, ximo, chimo, joaquim
agustin: agus, tin
nicolas: nico, colas
gabriel: gabi, gabo
daniela: dani
daniel: dani
raquel: raque, quel
rebeca: becky, reby
cristina: cris, tina, kristina
beatriz: bea, beatrix, beatrice
patricia: patri, pati, paty
alicia: ali, licha
natalia: nati, nata, natasha
susana: susi, susa
silvia: silvi
monica: moni
veronica: vero
lorena: lore
elena: ele, nena, helena
eugenia: uge, geni
encarnacion: encarna, encarni
esperanza: espe, pera
milagros: mila, milagritos
purificacion: puri, pura
trinidad: trini
rosa: rosi, rosita
ana: anita, ani, anna
ana maria: anamari, animari
ana isabel: anabel
ana belen: anabel, belen
margarita: marga, rita, margalida
gregorio: goyo, gori
luis: lucho, luisito, lluis
luisa: lucha, luisi
consuelo: chelo, consue
dolors: lola
# Italian
giuseppe: beppe, peppe, pino, peppino, bepi, giusi
giuseppina: pina, giusi, peppina
giovanni: gianni, nanni, vanni, gian
giovanna: gianna, vanna
francesco: franco, cecco, checco, ciccio, frank
francesca: franca, chicca, cesca
antonio: tonio, nino, totò, toto, tonino
antonietta: etta, tonia, nietta
salvatore: toto, salvo, turi, tore
vincenzo: enzo, vince, cenzo
lorenzo: enzo, renzo
domenico: mimmo, nico, mimi
alessandro: sandro, ale, alex
alessandra: sandra, ale, alex
roberta: robi, bebe
federica: fede
elisabetta: betta, elisa, lisa
margherita: rita, ghita, marghe
caterina: rina, cate, katia
massimiliano: max, massi
massimo: max, massi
emanuele: manu, lele
gabriele: lele, gabri
raffaele: lele, raffa
michele: lele, miki
luigi: gigi, gino, luis
pierluigi: pigi
maria grazia: mariagrazia, grazia
anna maria: annamaria
# French
jean baptiste: jb, baptiste
jean francois: jeff
jean pierre: jp
jean michel: jm
jean philippe: jp
marie therese: maite
marie claire: marie
marie christine: christine
marie madeleine: madeleine, mado
marie helene: maryline
francoise: fanfan, francine
guillaume: guigui, will
nicolas: nico, colas
christophe: chris, kiki
frederic: fred
dominique: dom, domi
stephane: steph
stephanie: steph, fanny
sebastien: seb, seba
alexandre: alex
isabelle: isa, zabou, babette
elisabeth: babette, elise, lisette, zabeth, lisa
catherine: cathy, cath
valerie: val
virginie: virgi
aurelie: auré, lili
caroline: caro, carol
emilie: mimi
jacqueline: jackie, jacky
jacques: jacquot, jack
philippe: phil, fifi
# German
johannes: hans, johann, jo, hannes, jan
johanna: hanna, hanne, jo
hans peter: hanspeter
friedrich: fritz, fred, friedel
wilhelm: willi, willy, wim, helm
heinrich: heinz, heiner, henning
elisabeth: lisa, liesel, elise, sissi, lies, ilse, elsbeth, betti
margarete: grete, gretchen, margit, gretel
katharina: kathrin, katrin, kati, katja, trina
christiane: christa, jana, christel
christian: chris, christoph
barbara: babsi, bärbel, barbel
magdalena: lena, leni, magda
josef: sepp, seppl, beppo, jupp
joseph: sepp, jupp
franziska: franzi, fanny
franz: franzl
maximilian: max, maxi
alexander: alex, sascha, xander
andreas: andi, anderl
ulrich: uli, ulli
matthias: matze, hias
wolfgang: wolf, wolfi
bernhard: bernd, benno
gottfried: fried, friedel
thomas: tom, thomi
anne marie: annemarie, annemie
hannelore: hanne, lore
# Portuguese
joao: joaozinho, jao
jose: ze, zeca, zezinho, zé
francisco: chico, xico, kiko
antonio: toninho, tonico, toni
maria da conceicao: conceicao, sao, sãozinha
maria de fatima: fatima, fatinha
maria jose: zezinha
manuel: manel, manelinho, mané
eduardo: dudu, edu
luis: lulu
fernando: nando
alexandre: xande, alex
margarida: guida, magui
helena: lena, leninha
teresa: teca, tete
# Polish
aleksander: olek, alek, olo
aleksandra: ola, olka
katarzyna: kasia, kaska
malgorzata: gosia, małgosia, malgosia, gośka
agnieszka: aga, agusia, jagna
elzbieta: ela, elka, ewa
magdalena: magda, madzia
joanna: asia, joasia
barbara: basia, baska
jozef: józek, jozek, józio
tomasz: tomek
krzysztof: krzys, krzysiek
wojciech: wojtek
stanislaw: stas, stasiek, staszek
aleksy: olek
andrzej: jędrek, jedrek, andrzejek
piotr: piotrek
pawel: pawełek
zofia: zosia
dorota: dorotka
# Greek (transliterated)
georgios: giorgos, george, giorgis, giorgio
konstantinos: kostas, kostis, dinos, costas
konstantina: dina, nantia, konstantina
dimitrios: dimitris, mitsos, takis, jim
ioannis: giannis, yannis, john, giannakis
eleni: lena, elena, helen, nitsa
aikaterini: katerina, kaiti, katia, kate
vasileios: vasilis, vasos, billy, bill
vasiliki: vaso, vicky, kiki
athanasios: thanasis, sakis
panagiotis: panos, takis, notis
christos: chris, christakis
nikolaos: nikos, nick
alexandros: alex, alekos
michail: michalis, mike
evangelos: vangelis
evangelia: litsa, vangelio
anastasia: tasia, natasa, sia
sofia: sophia, sofi
"""

# Particles that join compound names and surnames; ignored when comparing.
PARTICLES = frozenset(
    ["de", "del", "la", "las", "los", "y", "i", "e", "da", "das", "do", "dos", "di", "du", "des", "der", "den", "van", "von", "vom", "zu", "le", "el", "al", "ben", "bin", "mac", "mc", "st", "san"]
)


def _build() -> tuple[dict[str, frozenset[str]], dict[str, tuple[tuple[str, ...], ...]]]:
    """Single-word name -> canonical single names; nickname -> compound canonical words."""
    single: dict[str, set[str]] = {}
    compound: dict[str, set[tuple[str, ...]]] = {}
    for line in _TABLE.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(":")
        canon = tuple(w for w in head.split() if w not in PARTICLES)
        variants = [_ascii(v.strip()) for v in rest.split(",") if v.strip()]
        if len(canon) == 1:
            single.setdefault(canon[0], set()).add(canon[0])
            for v in variants:
                if " " in v:
                    compound.setdefault(v.replace(" ", ""), set()).add(canon)
                else:
                    single.setdefault(v, set()).add(canon[0])
        else:
            for v in variants:
                key = v.replace(" ", "")
                if len(v.split()) == 1 and v in canon:
                    continue  # "maria teresa: teresa" only says Teresa is part of it
                compound.setdefault(key, set()).add(canon)
            compound.setdefault("".join(canon), set()).add(canon)
    expand = {k: tuple(sorted(v)) for k, v in compound.items()}
    return {k: frozenset(v) for k, v in single.items()}, expand


def _ascii(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


CANONICAL, COMPOUND = _build()


def canonical_names(word: str) -> frozenset[str]:
    """The canonical names a folded single first-name word may stand for (itself included)."""
    found = CANONICAL.get(word)
    if found is None:
        return frozenset((word,))
    return found | {word}


def expand_compound(word: str) -> tuple[tuple[str, ...], ...]:
    """The compound first names (as words) a one-word nickname may stand for (maite ->
    maria teresa; chema -> jose maria or jose manuel)."""
    return COMPOUND.get(word, ())
