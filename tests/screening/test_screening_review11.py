# ruff: noqa: E501
"""Eleventh review (round 16, missed disclosures): "asking for a friend" that slips to "I/me"
(an online boyfriend in his thirties who wants her to undress on video and will come to her
city), a "what if ur 13" with gifts already bought for "me", a French SMS "si" that hides a
photo already sent and a threat made now, photos without hijab held over "if you don't send
more" and "he'll publish them to my family" (Egyptian, Levantine, Gulf, Maghrebi, Arabizi), a
"modelling agency" or talent scout who pays per swimsuit photo and will pick the child up at the
school gate, and a classmate promised work abroad by someone met online who no longer comes to
school (also Nigerian Pidgin). The policy talk of each kind stays in the queue. Sentences are
the team's own."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

# These must escalate through the rules, not only through the learned check.
DISCLOSURES = [
    # 1. "Asking for a friend": an adult online boyfriend, undressing on video, a meeting, secrecy, then "I".
    (
        "zh",
        "帮朋友问一下，她初二，网恋的男朋友其实是个三十多岁的男人，每次视频的时候都让她脱衣服，还说下个月来她的城市见面，她不敢跟任何人说。我现在也很乱，不知道要不要去",
    ),
    (
        "zh",
        "帮朋友问的：她才初二，网恋对象后来发现是三十几岁的大叔，老是叫她视频的时候脱衣服，说下个月过来她那边找她。她谁都不敢讲……其实我也不知道该不该去见他",
    ),
    (
        "zh",
        "替朋友問一下，佢讀初二，網戀嘅男朋友原來係三十幾歲嘅男人，成日叫佢視像嗰陣除衫，話下個月嚟佢嗰度見面，佢唔敢同人講。我而家好亂，唔知應唔應該去",
    ),
    (
        "zh",
        "替朋友问：她网恋的男友说自己18岁，其实已经32岁了，视频时一直要她脱衣服，还约好下个月见面。她不敢告诉爸妈。我真的好乱不知道去不去",
    ),
    (
        "en",
        "asking for a friend: she's in year 8 and her online boyfriend turned out to be a man in his thirties, he keeps asking her to take her clothes off on video calls and says he'll come to her city next month to meet. she hasn't told anyone. honestly i'm so confused, i don't know if i should go",
    ),
    (
        "en",
        "asking for a friend yaar, she is in class 8 and her online boyfriend is actually 31, on video call he keeps telling her to remove her clothes and he is coming to her city next month to meet her. she has not told anyone. actually i am also confused whether to go",
    ),
    (
        "en",
        "asking for a mate, she's in year 9 and the lad she's been seeing online is actually 29, keeps asking her to get undressed on facetime and reckons he's coming up to hers next month. she hasn't told anyone. tbh i dunno if i should go",
    ),
    (
        "fr",
        "je demande pour une amie : elle est en 4e et son copain rencontré en ligne a en fait la trentaine, il lui demande de se déshabiller en appel vidéo et il dit qu'il viendra dans sa ville le mois prochain pour la voir. elle ose le dire à personne. moi je sais plus, je sais pas si je dois y aller",
    ),
    (
        "fr",
        "je demande pour une copine, elle est en secondaire 2 pis son chum sur internet a genre 35 ans, il lui demande de se déshabiller sur facetime pis il dit qu'il va venir dans sa ville le mois prochain. elle ose pas le dire à personne. moi je sais pas si je dois y aller",
    ),
    (
        "es",
        "pregunto por una amiga: está en segundo de secundaria y su novio de internet resultó ser un señor de treinta y tantos, siempre le pide que se quite la ropa en videollamada y dice que vendrá a su ciudad el mes que viene para verse. no se atreve a decirle a nadie. yo ya no sé, no sé si ir",
    ),
    (
        "ru",
        "спрашиваю за подругу: ей 13, её парень из интернета оказался мужиком за тридцать, он постоянно просит её раздеться по видеосвязи и говорит что приедет в её город в следующем месяце встретиться. она никому не может сказать. я уже не знаю, идти мне или нет",
    ),
    (
        "ru",
        "sprashivayu za podrugu, ee paren iz interneta okazalsya muzhikom let 35, prosit ee razdetsya po video i hochet priehat v sleduyushem mesyace vstretitsya. ya ne znayu idti ili net",
    ),
    (
        "ar",
        "بسأل عن صاحبتي، هي في تانية اعدادي وحبيبها اللي على النت طلع راجل عنده تلاتين سنة، كل ما يكلموا فيديو يطلب منها تقلع هدومها وقال هييجي مدينتها الشهر الجاي يقابلها، ومش قادرة تقول لحد. وانا بصراحة متلخبطة ومش عارفة اروح ولا لا",
    ),
    (
        "ar",
        "كنسول على صاحبتي، الشاب اللي كتعرف فالنت طلع عندو 30 عام، ديما كيطلب منها تحيد حوايجها فالفيديو وقال غادي يجي لمدينتها الشهر الجاي. وانا ماعرفتش واش نمشي ولا لا",
    ),
    (
        "ar",
        "عم اسأل عن رفيقتي، صاحبها عالنت طلع عمره تلاتين سنة وكل ما يحكوا فيديو بيطلب منها تشلح تيابها، وقال جاي عمدينتها الشهر الجاي. ما بعرف روح ولا لا",
    ),
    (
        "ar",
        "bas2al 3ala sa7bti, el boyfriend bta3ha mn el net tele3 ragel 3ando 30 sana w kol ma yetkalemo video yotlob menha te2la3 hdomha w 2al hayegy yshofha el shahr el gay. w ana msh 3arfa aroo7 wala la2",
    ),
    # 2. "What if ur 13" with a concrete app, day and secrecy, and gifts already given to "me".
    (
        "en",
        "asking for a friend but what if ur 13 and a man from discord wants to meet at the shopping centre on saturday and says not to tell ur mum, is that ok?? he already bought me stuff",
    ),
    (
        "en",
        "what if ur 13 and a guy from discord wants to meet at the park on friday and says dont tell ur mum... is that ok? he's already sent me robux and a hoodie",
    ),
    (
        "en",
        "hypothetically, what if you're 13 and a bloke off discord wants to meet at the train station on saturday and says don't tell your mum? he's already sent me loads of stuff",
    ),
    (
        "en",
        "wat if ur 13 n a man frm discord wanna meet u at d mall on saturday n says make u no tell ur mama, e don buy me things already",
    ),
    (
        "fr",
        "je demande pour une pote mais si t'as 13 ans et qu'un mec de discord veut te voir au centre commercial samedi et dit de rien dire à ta mère c'est grave ?? il m'a déjà acheté des trucs",
    ),
    (
        "fr",
        "et si t'as 13 ans et qu'un mec de discord veut te voir au parc samedi et dit de rien dire à ta mère, c'est ok ? il m'a déjà acheté des trucs",
    ),
    (
        "es",
        "pregunto por una amiga pero qué pasa si tienes 13 y un señor de discord quiere verse en el centro comercial el sábado y dice que no le cuentes a tu mamá, está bien?? ya me compró cosas",
    ),
    (
        "es",
        "qué pasa si tienes 13 y un señor de discord quiere verte en la plaza el sábado y dice que no le cuentes a tu mamá, está bien? él ya me compró unos audífonos",
    ),
    (
        "ru",
        "спрашиваю для друга, а что если тебе 13 и мужик из дискорда хочет встретиться в тц в субботу и говорит не говорить маме, это нормально?? он мне уже покупал всякое",
    ),
    (
        "ru",
        "a chto esli tebe 13 i muzhik iz diskorda hochet vstretitsya v subbotu i govorit ne govorit mame? on mne uzhe kupil naushniki",
    ),
    ("zh", "如果你13岁，discord上一个男的约你周六在公园见面，说别告诉妈妈，这样正常吗？他已经给我买过耳机了"),
    (
        "ar",
        "لو عمرك 13 وواحد كبير من الديسكورد عايز يقابلك يوم السبت وقالك متقولش لمامتك، ده عادي؟ هو اصلا جابلي حاجات",
    ),
    (
        "ar",
        "law 3omrek 13 w wa7ed kbir mn discord 3ayez y2ablek yom el sabt w 2alek mat2olish l mamtek, da 3ady? howa asln gabli 7agat",
    ),
    # 3. "C pour une copine… si": a photo already sent, a threat now, the writer's shame.
    (
        "fr",
        "c pour une copine… si un mec de 19 ans lui envoie des trucs sexuels et ke elle a 13 ans et ke elle a deja envoyé une photo et mtn il menace de la mettre sur insta. jsais pa koi faire jai trop honte",
    ),
    (
        "fr",
        "c pr une pote, si un gars de 20 ans lui a envoyé des trucs chelous et kelle a deja envoyer une photo et mtnt il dit kil va la poster sur snap. jsp koi faire g trop la honte",
    ),
    (
        "fr",
        "c pour une pote. si un gars de 19 ans lui envoie des trucs de cul alors k'elle a 13 ans, k'elle lui a deja envoyé une photo, et mtn il la menace de la poster sur insta... jsp koi faire jai trop honte",
    ),
    (
        "en",
        "its for a friend, if a 19 year old sends her sexual stuff and shes 13 and she already sent a pic and now hes threatening to post it on insta... i dont know what to do im so ashamed",
    ),
    (
        "es",
        "es para una amiga, si un wey de 19 le manda cosas sexuales y ella tiene 13 y ya le mandó una foto y ahorita la amenaza con subirla a insta, no sé qué hacer me da mucha vergüenza",
    ),
    (
        "ru",
        "это для подруги, если парень 19 лет шлёт ей всякое пошлое, ей 13, она уже скинула фото и теперь он угрожает выложить в инсту. не знаю что делать мне так стыдно",
    ),
    (
        "zh",
        "帮闺蜜问一下，如果一个19岁的男生给她发色色的东西，她13岁，已经发过一张照片给他了，现在他威胁要发到ins上。我不知道怎么办，好丢脸",
    ),
    (
        "ar",
        "دا عشان صاحبتي، لو واحد عنده 19 سنة بيبعتلها حاجات وحشة وهي عندها 13 وبعتتله صورة قبل كدا ودلوقتي بيهددها ينزلها على الانستا، انا مش عارفة اعمل ايه",
    ),
    # 4. Photos without hijab, "if you don't send more", "he'll publish them to my family".
    (
        "ar",
        "واحد اتعرفت عليه على الفيسبوك قال انه عنده 16 سنة، بعتله صوري من غير حجاب ودلوقتي بيقولي لو مبعتيش صور تانية هينشرهم لأهلي. مش عارفة انام",
    ),
    (
        "ar",
        "واحد عرفته على الفيس قالي انه عنده ١٦ سنة وبعتله صوري وانا من غير حجاب ودلوقتي بيقولي لو ما بعتيش صور تانية هيفضحني قدام اهلي، مش بنام",
    ),
    ("ar", "صاحبتي بعتت صورها من غير حجاب لواحد من الفيس ودلوقتي بيقولها لو مبعتيش غيرهم هيفضحها قدام اهلها"),
    (
        "ar",
        "في شخص تعرفت عليه بالفيسبوك قال عمره ١٦ سنة وبعتله صوري بلا حجاب وهلق عم يقلي اذا ما بعتيلو صور غيرهن رح ينشرهن لأهلي، ما عم نام",
    ),
    (
        "ar",
        "واحد تعرفت عليه بالفيس بوك قال انه ١٦ سنة، بعتلو صوري بلا حجاب، وهلق بيقلي اذا ما بعتيلو صور تانية رح يبعتهن لأهلي. ما عم قدر نام",
    ),
    (
        "ar",
        "ولد تعرفت عليه بالسناب قال عمره ١٦ وارسلت له صوري بدون شيلة والحين يقول اذا ما ترسلين صور ثانية بيرسلها لأهلي، ما انام الليل",
    ),
    (
        "ar",
        "واحد تعرفت عليه فالفيسبوك قالي عندو 16 عام، صيفطت ليه تصاور ديالي بلا حجاب ودابا كيقولي ايلا ماصيفطتيش تصاور اخرين غادي ينشرهم لعائلتي، ما قدرتش نعس",
    ),
    (
        "ar",
        "شخص تعرفت عليه في الفيسبوك قال إن عمره ١٦ عاماً، أرسلت له صوراً لي بدون حجاب، والآن يقول إن لم ترسلي صوراً أخرى سينشرها لعائلتي. لا أستطيع النوم",
    ),
    (
        "ar",
        "wa7ed et3araft 3aleh 3al facebook 2al 3ando 16, ba3atlo sowar mn gheir 7egab w delwa2ty by2ooly law mab3atish sowar tanya haynsharhom le ahly. msh 3arfa anam",
    ),
    (
        "ar",
        "wa7ed 3raftoh 3al face 2ali 3ando 16, ba3atlo sowari mn gheir 7egab w delwa2ty by2oly law mab3atish sowar tanya hayfda7ni 2odam ahly. msh 3arfa anam",
    ),
    (
        "ar",
        "hada wahed men facebook 9ali 3andou 16, sift lih tsawer dyali bla hijab w daba kayhededni ila ma siftich tsawer okhrin ghadi ynashrhom l 3a2ilti",
    ),
    (
        "en",
        "a guy i met on facebook said he was 16, i sent him pictures of me without my hijab and now he says if i don't send other pics he'll show them to my family. i can't sleep",
    ),
    (
        "fr",
        "un gars rencontré sur facebook m'a dit qu'il avait 16 ans, je lui ai envoyé des photos de moi sans voile et maintenant il dit que si je n'en envoie pas d'autres il les montre à ma famille. j'arrive plus à dormir",
    ),
    (
        "es",
        "un chico que conocí en facebook dijo que tenía 16, le mandé fotos mías sin hiyab y ahora dice que si no le mando otras se las enseña a mi familia. no puedo dormir",
    ),
    (
        "ru",
        "парень с фейсбука сказал что ему 16, я отправила ему фото без хиджаба, а теперь он говорит что если не пришлю другие он покажет их моей семье. не могу спать",
    ),
    (
        "zh",
        "在脸书认识的一个男生说他16岁，我发了不戴头巾的照片给他，现在他说如果我不再发别的照片就把这些发给我家里人。我睡不着",
    ),
    # 5. A "modelling agency" or talent scout: swimsuit photos, paid per photo, secrecy, the school gate.
    (
        "zh",
        "有个网友说自己是模特经纪公司的，想要我的泳装照，每发一张就给我充话费，还叫我不要告诉爸妈，下周六他要来学校门口接我",
    ),
    (
        "zh",
        "一个网友自称星探，说我很有潜力，让我拍泳装照发给他，一张给我100钻石，还说别跟家里人说，下星期六在学校门口接我去拍照",
    ),
    (
        "zh",
        "有個網友話自己係模特兒經理人公司嘅，想要我啲泳衣相，每張俾我充遊戲幣，仲叫我唔好話俾爸媽知，下個星期六喺學校門口接我",
    ),
    (
        "zh",
        "有个网友说他是星探，想帮我签模特经纪公司，要我发泳装照，每张给我充50块话费，还说不能跟爸妈讲，下周六来学校门口接我",
    ),
    (
        "en",
        "a guy online says he's from a modelling agency and wants swimsuit pics, he tops up my phone credit for every photo and says not to tell my parents. i'm meeting him next saturday, he'll pick me up at the school gate",
    ),
    (
        "en",
        "this talent scout on insta said i could be a model, he pays me in v-bucks for each bikini pic and said keep it between us, he's picking me up from school next saturday",
    ),
    (
        "en",
        "dis man for instagram say im fine and he dey modelling agency, he wan make i snap swimsuit pics, for each one he dey send me airtime, he say make i no tell my mama. next saturday he go pick me for school gate",
    ),
    (
        "fr",
        "un mec sur internet dit qu'il est d'une agence de mannequins, il veut des photos de moi en maillot de bain, il me recharge mon forfait pour chaque photo et dit de pas le dire à mes parents. samedi prochain il vient me chercher devant l'école",
    ),
    (
        "es",
        "un wey de insta dice que es cazatalentos de una agencia de modelos, quiere fotos mías en traje de baño, me recarga saldo y dice que no les cuente a mis papás. el próximo sábado me recoge en la puerta del colegio",
    ),
    (
        "ru",
        "незнакомец из инсты говорит что он скаут модельного агентства, просит фото в купальнике, кидает деньги на телефон и говорит не говорить родителям. в следующую субботу заберёт меня у школы",
    ),
    (
        "ru",
        "neznakomec iz insty govorit chto on iz modelnogo agentstva, prosit foto v kupalnike, kidaet mne dengi na telefon i govorit ne govorit roditelyam",
    ),
    (
        "ar",
        "واحد على النت بيقول انه من وكالة عارضات ازياء، عايز صوري بالمايوه، وكل صورة يشحنلي رصيد ويقولي متقوليش لاهلك، والسبت الجاي هيستناني قدام المدرسة ياخدني",
    ),
    (
        "ar",
        "واحد بالانستا يقول انه من شركة مودلز ويبي صوري بالمايوه، كل صورة يشحن لي شدات ببجي ويقول لا تعلمين اهلك، والسبت الجاي بيمرني عند باب المدرسة",
    ),
    (
        "ar",
        "wa7ed 3al insta by2ol eno mn sharket models w 3ayez sowari bl mayoh w bysha7enly rased w y2oly mat2olish l ahlek",
    ),
    # 6. A classmate promised work abroad by someone met online, gone from school, "she travelled".
    (
        "en",
        "My classmate wey dey sit beside me, one woman wey she meet for facebook promise her work for italy. she no dey come school again and her mama say she don travel. abeg i dey fear say dem don carry her go",
    ),
    (
        "en",
        "dat my classmate, one aunty for facebook promise am job for italy, since two weeks she no come school, her mama just dey talk say she travel. i dey fear say dem don carry am go",
    ),
    (
        "en",
        "abeg my padi for class, one woman wey she meet for instagram promise her work for dubai, e don reach two weeks wey she no come school, her papa say she don travel. i dey fear",
    ),
    (
        "en",
        "my classmate was promised a job in italy by a woman she met on facebook. she stopped coming to school and her mum just says she travelled. i'm scared they took her",
    ),
    (
        "en",
        "my classmate, some aunty on facebook promised her a job in dubai. she is not coming to school since two weeks and her parents are telling she went abroad. i am scared something happened",
    ),
    (
        "en",
        "there's a girl in my form, some woman off instagram promised her work in london, she hasn't been in school for weeks and her mum reckons she's gone travelling. i'm proper worried",
    ),
    (
        "fr",
        "ma camarade de classe, une dame qu'elle a rencontrée sur facebook lui a promis du travail en italie. elle ne vient plus à l'école et sa mère dit qu'elle a voyagé. j'ai peur qu'on l'ait emmenée",
    ),
    (
        "fr",
        "ma voisine de classe une femme de facebook lui a promis un travail en europe, depuis elle vient plus au lycée et sa maman dit kelle est partie en voyage, jai peur",
    ),
    (
        "fr",
        "ma chum de classe, une madame sur facebook lui a promis une job en europe, a vient pu à l'école pis sa mère dit qu'elle est partie en voyage. j'ai peur",
    ),
    (
        "es",
        "a mi compañera de clase una señora que conoció en facebook le prometió trabajo en españa. ya no viene a la escuela y su mamá dice que se fue de viaje. tengo miedo de que se la hayan llevado",
    ),
    (
        "es",
        "mi compa de la prepa, una señora de facebook le prometió chamba en españa, ya no viene a clases y su mamá dice que se fue de viaje, tengo miedo",
    ),
    (
        "ru",
        "однокласснице одна женщина из фейсбука пообещала работу в италии. она перестала ходить в школу, а её мама говорит что она уехала. я боюсь что её увезли",
    ),
    (
        "ru",
        "moej odnoklassnice zhenshina iz facebooka poobeshala rabotu v evrope. ona bolshe ne hodit v shkolu, mama govorit chto ona uehala",
    ),
    (
        "zh",
        "我同桌在脸书上认识一个女的，说给她介绍去意大利的工作。她已经好久没来上学了，她妈妈只说她出国了。我好怕她被人带走了",
    ),
    (
        "zh",
        "我同學喺facebook識咗個女人，話幫佢介紹去歐洲做嘢，佢已經兩個禮拜冇返學，佢媽媽話佢出咗國。我好驚佢俾人帶走咗",
    ),
    (
        "ar",
        "صاحبتي في الفصل واحدة ست عرفتها على الفيسبوك وعدتها بشغل في ايطاليا، بقالها اسبوعين مبتجيش المدرسة ومامتها بتقول سافرت. انا خايفة يكونوا خدوها",
    ),
    (
        "ar",
        "زميلتي بالصف وحدة تعرفت عليها عالفيسبوك وعدتها بشغل بالخليج، صارلها اسبوعين ما عم تجي عالمدرسة واهلها بيقولوا سافرت، خايفة يكونوا اخدوها",
    ),
    (
        "ar",
        "صديقتي في الفصل وحدة تعرفت عليها في السناب وعدتها بوظيفة في دبي، من اسبوعين ما جات المدرسة واهلها يقولون سافرت، خايفة عليها",
    ),
    (
        "ar",
        "sa7bti f l9ism wa7da mra t3arfat 3liha f facebook w3datha b khedma f italia, ma bqatch katji l madrasa w mmha katgoul safrat. ana khayfa ykounou ddawha",
    ),
    (
        "ar",
        "sa7bti fel fasl wa7da set 3arafetha 3al facebook wa3adetha b shoghl f italya, w mab2etsh tegi el madrasa w mamtha bt2ool safret",
    ),
]

POLICY_TALK = [
    # General questions and "what if" without anything that happened to the child.
    ("en", "what should a 13-year-old do if a man from discord asks to meet?"),
    ("en", "what if a man from discord asks a 13 year old to meet and says not to tell their mum? what should they do"),
    (
        "en",
        "what if a 13 year old meets someone from discord on saturday and doesn't tell their mum, what could happen?",
    ),
    ("en", "asking for a friend lol, is it true that discord has an age limit of 13?"),
    ("en", "asking for a friend: how do i report an account on discord that asks kids for pics?"),
    (
        "en",
        "asking for a friend: what if a man from discord wants to meet a 13 year old on saturday? i think that's really dangerous",
    ),
    (
        "en",
        "asking for a friend: what if a man from discord wants to meet on saturday and says not to tell ur mum? im 13",
    ),
    (
        "en",
        "we did a role play in class: a man from discord asks a 13 year old to meet on saturday and not tell her mum, and we had to say what she should do",
    ),
    ("fr", "que doit faire une fille de 13 ans si un mec de discord veut la voir ?"),
    (
        "fr",
        "je demande pour une copine : et si un mec de discord veut voir une fille de 13 ans samedi ? je pense que c'est dangereux",
    ),
    ("fr", "c pour un exposé, si un adulte menace de publier une photo, on fait quoi ?"),
    ("fr", "et si une fille de 13 ans envoie une photo à un mec et qu'il menace de la publier, que doit-elle faire ?"),
    ("es", "qué debe hacer una niña de 13 si un señor de discord quiere verse con ella?"),
    (
        "es",
        "pregunto por una amiga: ¿qué pasa si un señor de discord quiere verse con una niña de 13 el sábado? yo creo que es peligroso",
    ),
    ("es", "¿qué pasa si una niña de 13 manda una foto y un chavo la amenaza con subirla? ¿qué puede hacer?"),
    ("ru", "что должна делать девочка 13 лет если мужик из дискорда хочет встретиться?"),
    (
        "ru",
        "спрашиваю для подруги: а что если взрослый из дискорда хочет встретиться с девочкой 13 лет в субботу? я думаю это опасно",
    ),
    ("ru", "спрашиваю для подруги, с какого возраста можно в тикток? я думаю с 14"),
    ("zh", "如果一个13岁的孩子遇到discord上的男人约见面，应该怎么办？"),
    ("zh", "帮朋友问一下，如果一个网友约13岁的女生周六见面，这样安全吗？我觉得很危险"),
    ("zh", "如果一个初中生网恋，对方其实是30多岁的男人，应该怎么办？"),
    ("zh", "帮朋友问一下，初中生可以注册抖音吗？我觉得应该有年龄限制"),
    ("ar", "لو بنت عندها 13 سنة وواحد من الديسكورد عايز يقابلها، تعمل ايه؟"),
    ("ar", "بسأل عن صاحبتي، هو في سن معين لاستخدام الفيسبوك؟ انا بفكر لازم يكون 16"),
    ("ar", "لو بنت بعتت صورها من غير حجاب لواحد وهددها ينشرهم لأهلها، تعمل ايه؟"),
    # News, lessons and everyday talk about modelling agencies.
    ("en", "i saw on the news that fake modelling agencies ask girls for swimsuit photos and pay them phone credit"),
    ("en", "is it true that model scouts on instagram ask for swimsuit pics? that sounds like a scam"),
    ("en", "what if a modelling agency asks for swimsuit pics? i think real agencies never do that"),
    ("en", "my sister is a model with a modelling agency in london and she loves it"),
    ("en", "i want to be a model when i grow up, how do i find a real modelling agency?"),
    ("fr", "j'ai vu aux infos que de fausses agences de mannequins demandent des photos en maillot de bain aux filles"),
    ("fr", "au collège on a eu un atelier sur les fausses agences de mannequins qui demandent des photos"),
    ("es", "vi en las noticias que falsas agencias de modelos piden fotos en traje de baño a niñas"),
    ("es", "en la escuela nos hablaron de agencias de modelos falsas que piden fotos"),
    ("ru", "видела в новостях что фейковые модельные агентства просят у девочек фото в купальнике"),
    ("ru", "в школе рассказывали про фальшивые модельные агентства, которые просят фото"),
    ("zh", "新闻说有假的模特经纪公司骗女孩拍泳装照"),
    ("zh", "老师说有些网友会冒充星探骗小孩拍泳装照，大家要小心"),
    ("zh", "如果有星探找你要泳装照，这是不是骗子？我觉得是"),
    ("zh", "我表姐在模特经纪公司上班，她说这行很辛苦"),
    ("ar", "شفت في الاخبار ان في شركات مودلز مزيفة بتطلب من البنات صور بالمايوه"),
    ("ar", "المعلمة حكتلنا عن شركات مودلز مزيفة بتطلب صور من البنات"),
    # Lessons about trafficking job offers, and classmates who moved or travelled.
    (
        "en",
        "our teacher told us that traffickers promise girls jobs in italy on facebook and then they stop coming to school",
    ),
    ("en", "in class we learned about fake job offers abroad that are really trafficking"),
    ("en", "i read that traffickers promise girls work in europe and then their parents say they travelled"),
    ("en", "there was a documentary about girls promised work in europe who never came back, i want every kid to know"),
    (
        "en",
        "abeg which law dey protect pikin wey dem promise work for abroad? many girls don travel go italy and dem no return",
    ),
    ("en", "my sister stopped coming to school because she moved to italy with my dad for work, i miss her"),
    ("en", "my mum says my cousin travelled to italy for work last month, i hope she likes it"),
    ("en", "my cousin stopped going to school because she got a job in a shop, i think school is important"),
    (
        "fr",
        "la prof nous a expliqué que les trafiquants promettent du travail en europe sur facebook aux jeunes filles",
    ),
    ("fr", "ma cousine a arrêté l'école et elle est partie travailler en france, ma tante dit qu'elle a voyagé"),
    ("es", "la maestra nos explicó que los tratantes prometen trabajo en españa por facebook"),
    ("ru", "учитель рассказал что торговцы людьми обещают девушкам работу в европе через фейсбук"),
    ("ru", "моя одноклассница больше не ходит в школу, она переехала в германию с родителями"),
    ("zh", "老师说人贩子会在网上用出国工作骗女孩"),
    ("zh", "我表姐去意大利工作了，她已经不上学了"),
    ("zh", "我同学出国留学了，没来上学了，好羡慕"),
    ("ar", "المعلمة قالت إنو في ناس بيوعدوا البنات بشغل بأوروبا عالفيسبوك"),
    ("ar", "شفت في الاخبار بنت وعدوها بشغل في اوروبا واهلها بيقولوا سافرت، حرام"),
    ("ar", "بنت خالتي سافرت ايطاليا مع اهلها وما عادت تجي المدرسة"),
]


@pytest.mark.parametrize(("lang", "text"), DISCLOSURES)
def test_disclosure_escalates_by_rules(screener: Screener, lang: str, text: str) -> None:
    expect.escalated_by_rules(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text"), POLICY_TALK)
def test_policy_talk_stays_in_queue(screener: Screener, lang: str, text: str) -> None:
    expect.kept_in_queue(screener.screen(text, lang))


# "Asking for a friend" is a cover only when an "I"/"me" follows it: an opinion ("I think") or
# an age ("I'm 13") after it is no slip, "he said he'd wait for me" is.
SLIP = "asking for a friend: what if a man from discord wants to meet on saturday and says not to tell ur mum? "


@pytest.mark.parametrize(
    ("ending", "route"),
    [
        ("i think thats creepy", "queue"),
        ("im 13", "queue"),
        ("he said he'd wait for me by the bus stop", "safeguarding"),
    ],
)
def test_asking_for_a_friend_slips_to_me(screener: Screener, ending: str, route: str) -> None:
    result = screener.screen(SLIP + ending, "en")
    assert result.route == route, result.reasons
