"""Round 17 (safeguarding): a child told she will be married off, Moroccan sextortion for money
with despair, running away to an adult met online who paid the ticket, goodbye signs (a burden,
things given away, letters written) also in Russian written in Latin letters, and an opinion on
a series' violence that is no disclosure. Sentences are the team's own."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener
from childvoice.screening.rules import _automaton_keys

# Being married off, told by the child: with her age, the man's age, "I don't want" or leaving school.
MARRIED_OFF = [
    ("en", "my dad says he will marry me to his business partner after the holidays, the man is 41 and i am 13"),
    (
        "en",
        "my uncle told me that once i finish my BECE i will stop school and marry a man from his church. i dont want",
    ),
    ("en", "my parents are fixing my marriage with a 29 year old man, i am in class 9 and i don't want to marry now"),
    ("en", "they want to give me out in marriage to an old man and i am just 14"),
    ("ar", "عمي يريد يزوجني لصاحبه اللي عمره ٤٠ وآني بعدني بالثالث متوسط. ما اريد"),
    ("ar", "اهلي بدهم يجوزوني لابن خالتي بعد البريفيه وانا عمري ١٥ وما بدي"),
    ("ar", "بابا عايز يجوزني لراجل عنده ٣٨ سنة وانا عندي ١٤ سنة ومش عايزة"),
    ("ar", "ابوي يبي يزوجني ولد عمه وعمري ١٣ ويبون يطلعوني من المدرسة"),
    ("ar", "واليديا بغاو يزوجوني بواحد كبير عليا بزاف وغادي نحبس القراية"),
    ("ar", "baba bgha yzawejni b sa7bo li 3ando 45 3am w ana 3andi 14, ma bghitch"),
    ("ar", "ahli bdhom yjawzoni la ibn 3ammi w ana 3omri 14 w ma bdi"),
    ("es", "mis papás me quieren casar con un señor de 36 años y yo tengo 14, no quiero"),
    ("es", "mi tío dice que después de la secundaria voy a dejar la escuela porque me van a casar con su compadre"),
    ("es", "me van a juntar con un muchacho de 24 que le debe dinero a mi papá y yo tengo 13"),
    ("fr", "mon père veut me marier à un cousin de 32 ans après le brevet, j'ai 14 ans et je veux pas"),
    ("fr", "on va me marier pendant les vacances au bled avec un homme que je connais pas, je devrai arrêter l'école"),
    ("fr", "ma mère dit qu'elle va me donner en mariage au fils de son amie qui a 27 ans, moi j'ai 15 ans"),
    ("ru", "родители хотят выдать меня замуж за папиного друга, ему 40, а мне 15. я не хочу"),
    ("ru", "меня выдают замуж летом и говорят что школу придётся бросить"),
    ("ru", "menya hotyat vydat zamuzh za dyadinogo druga, mne 14, ya ne hochu"),
    ("zh", "我爸要把我嫁给他表哥，那个人35岁了，我才14岁，我不想"),
    ("zh", "家里逼我结婚，说初中毕业就不让我上学了"),
    ("zh", "阿爸話考完試就要我嫁俾佢朋友，我先15歲，我唔想"),
    ("zh", "家人逼我嫁給一個30歲的男人，我才13歲"),
    ("en", "dem wan marry me out give one old man, i no gree"),
    ("fr", "mes parents veulent que j'épouse mon cousin, j'ai 13 ans"),
    ("es", "mi papá me quiere casar con su amigo y yo no quiero"),
    ("ru", "хотят выдать замуж за взрослого, я против"),
    ("zh", "爸妈收了彩礼要把我嫁给一个比我大二十岁的人，我不想"),
    ("ar", "ahli bghaw yzawjouni w ana 3andi 15"),
]

# Child marriage as a topic, and someone else's happy wedding.
MARRIAGE_TALK = [
    ("en", "why do some countries still let girls marry at 14? it should be illegal"),
    ("en", "where i live lots of girls marry before 18 and i think the government must stop it"),
    ("en", "my big cousin is getting married next weekend and i am 12 so i get to be a flower girl"),
    ("ar", "ليش في دول لسا بتسمح للبنات يتجوزوا بعمر ١٤؟ لازم يتغير القانون"),
    ("ar", "بنت خالتي رح تتجوز الشهر الجاي وانا عمري ١١ ورح البس فستان حلو"),
    ("ar", "في بلدنا البنات يتزوجون صغار وآني اشوف لازم يتغير القانون"),
    ("es", "¿por qué en algunos países todavía dejan que las niñas se casen a los 14?"),
    ("es", "mi prima se casa el sábado y yo tengo 12, voy a llevar los anillos"),
    ("es", "en mi país muchas chicas se casan muy jóvenes y creo que la ley debería cambiar"),
    ("fr", "pourquoi dans certains pays on laisse encore les filles se marier à 14 ans ?"),
    ("fr", "ma tante se marie samedi et j'ai 13 ans, je vais être demoiselle d'honneur"),
    ("fr", "dans mon pays les filles se marient très jeunes, il faudrait changer la loi"),
    ("ru", "почему в некоторых странах девочек до сих пор выдают замуж в 14 лет?"),
    ("ru", "моя старшая сестра выходит замуж в субботу, мне 12 и я буду подружкой невесты"),
    ("ru", "в нашей стране девушки рано выходят замуж, и я думаю закон должен это запретить"),
    ("zh", "为什么有些国家还允许14岁的女孩结婚？"),
    ("zh", "我表姐下周结婚，我12岁当伴娘，好开心"),
    ("zh", "在我们那边女孩很早就结婚，我觉得法律应该改"),
    ("en", "my cousin got married last week and i am 12, the cake was huge"),
    ("en", "when i grow up i want to get married and have kids, i am 10"),
    ("ru", "брат женился в субботу, мне 12"),
    ("zh", "我姐要结婚了，我12岁，好开心"),
]

# Someone else's wedding told in earnest (forced, against her will) is still a disclosure.
FORCED_WEDDING = [
    ("en", "my sister is getting married against her will to a 40 year old man"),
    ("ru", "моя сестра выходит замуж против воли, ему 40"),
    ("zh", "我姐下周结婚，是被逼的，对方40岁"),
]

# Moroccan Darija: pictures held for money, a class group as the audience, not wanting to live.
DARIJA_SEXTORTION = [
    ("ar", "chi wa7d f snap 3ndo tsawer dyali w galia ila ma sifttich lih 300 dh ghadi ynchrhom f group dyal l9ism"),
    ("ar", "واحد عندو تصاوري كيقولي الا ما صيفطتيش ليه الفلوس غادي ينشرهم فالكروب ديال القسم"),
    ("ar", "wa7d mn l9ism 3ndo videos dyali, kaytlb mni 200 dirham wla ghadi yfdhni 9dam l9ism kaml"),
    ("ar", "ana khayef bzaf w mab9itch baghi n3ich"),
    ("ar", "ما بقيتش باغية نعيش، كلشي ولا صعيب عليا"),
    ("ar", "chi wa7d 3ndo tsawri w bgha flouss wla ghadi ynchrhom f lgroupe"),
]

DARIJA_EVERYDAY = [
    ("ar", "sifto liya tsawer dyal rihla f group dyal l9ism 😍"),
    ("ar", "l'oustada galt lina ila chi wa7d tlb mnkom flouss 3la tsawer, 3iyto l walidikom"),
    ("ar", "mama sifttli 100 dirham bach nchri lktouba dyal l9ism"),
]

# Leaving to live with an adult met online who pays the ticket or promises better care.
RUNNING_TO_ADULT = [
    ("fr", "dimanche je pars rejoindre un mec que j'ai connu sur snap, il a 22 ans et il m'a payé le billet de bus"),
    ("fr", "je vais aller vivre chez un gars de tiktok, il dit qu'il va s'occuper de moi mieux que mes parents"),
    ("fr", "j'pense que j'vais aller le rejoindre à Montréal, on s'est connu sur discord pis y'a 25 ans"),
    ("fr", "je vais partir rejoindre un monsieur que j'ai connu sur facebook, il m'a déjà payé le billet du car"),
    ("en", "im leaving on friday to go live with a guy i met on insta, hes 24 and he already paid my train ticket"),
    ("en", "he says he'll look after me better than my mum ever did, we met on discord and i'm going to join him"),
    ("en", "one man wey i meet for facebook say make i come join am for lagos, e don pay my bus ticket"),
    ("es", "el sábado me voy a vivir con un chavo que conocí en free fire, tiene 25 y ya me pagó el pasaje"),
    ("es", "dice que me va a cuidar mejor que mi mamá, lo conocí en tiktok y me voy a vivir con él"),
    ("ru", "в субботу уеду к парню из тиктока, ему 23, он уже купил мне билет на поезд"),
    ("ru", "он говорит что позаботится обо мне лучше чем мама, мы познакомились в вк, я поеду жить к нему"),
    ("ru", "poedu k nemu zhit, poznakomilis v telege, emu 26, on uzhe kupil mne bilet"),
    ("zh", "周六我要去找一个在抖音认识的哥哥，他25岁，他已经帮我买了车票"),
    ("zh", "网上认识的男生说他会比我爸妈更好地照顾我，叫我去他那里住"),
    ("zh", "我想搬去同個喺IG識嘅男仔住，佢28歲，佢已經幫我買咗車飛"),
    ("ar", "رح روح عند شب تعرفت عليه عالانستا يوم السبت، عمره ٢٤ ودفعلي التذكرة"),
    ("ar", "قالي انه راح يهتم فيني احسن من اهلي، تعرفت عليه بالتيك توك، ورح روح عيش عنده"),
    ("ar", "هروح اعيش مع واحد عرفته من الفيس عنده ٢٧ سنة وهو دفعلي تمن التذكرة"),
    ("ar", "راح روح عيش عند واحد تعرفت عليه عالسناب، عمره ٢٥"),
    ("ru", "уеду к парню из инсты, ему 22, он оплатил билет"),
    ("es", "me voy a vivir con un chavo que conocí en instagram, tiene 24"),
]

TICKET_EVERYDAY = [
    ("fr", "ce soir je vais rejoindre le serveur discord de ma classe"),
    ("fr", "ma mère m'a payé le billet de train pour aller chez ma tante à Lyon"),
    ("en", "my grandma paid my train ticket so i can visit her in leeds next week"),
    ("en", "im going to join my friends on discord tonight"),
    ("es", "mi abuela ya me pagó el pasaje para ir a verla en navidad"),
    ("ru", "бабушка уже купила мне билет на поезд, летом поеду к ней"),
    ("zh", "奶奶已经帮我买了车票，暑假我去她家"),
    ("ar", "جدتي دفعتلي التذكرة عشان ازورها بالصيف"),
    ("en", "my online friends understand me better than my parents ever did"),
    ("ar", "صحباتي على الانستا بيفهموني احسن من اهلي"),
    ("zh", "我去同学家住一晚，我们在网上一起打游戏"),
    ("ar", "lprof kaytlb mni ndir tsawer dyal lmachrou3"),
]

# Goodbye signs: a burden to everyone, things given away, letters written, a farewell.
GOODBYE = [
    ("ru", "я просто обуза для всех. раздала подружкам свои вещи, написала всем письма. прощайте"),
    ("ru", "ya prosto obuza dlya semi. razdala veschi podrugam, napisala pisma. spasibo za vse"),
    ("ru", "ustal byt obuzoy dlya roditeley. napisal pisma vsem"),
    ("ru", "ustala byt obuzoi. razdala svoi veshi"),
    ("en", "im tired of being a burden on everyone. i wrote letters to my family and gave my things to my friends"),
    ("en", "i feel like such a burden. i wrote letters to everyone i love, thank you for everything"),
    ("es", "ya me cansé de ser una carga para todos. regalé mis cosas a mis primas y les escribí cartas"),
    (
        "fr",
        "j'en ai marre d'être un poids pour tout le monde. j'ai donné mes affaires à mes copines, écrit des lettres",
    ),
    ("zh", "我就是大家的累赘。东西都送给同学了，信也写好了。谢谢你们，再见"),
    ("ar", "تعبت من اني عبء على الكل. وزعت اغراضي على صاحباتي وكتبت رسايل لأهلي. شكرا على كل شي"),
    ("ru", "я всем мешаю. написала письма маме и папе. прощайте"),
    # "i wrote", "i feel like" are opinion words, but not inside "i wrote letters to all", "i feel like a burden".
    ("en", "i feel like such a burden. i wrote letters to my family"),
    ("en", "im just a burden to everyone. i wrote letters to all my friends"),
    ("zh", "我是家里的负担，给每个人写了信"),
    ("es", "soy una carga para mi familia. ya regalé todas mis cosas y les escribí cartas"),
]

GOODBYE_EVERYDAY = [
    ("en", "signs that someone is not ok include giving away belongings and feeling like a burden, we learned that"),
    ("en", "i wrote letters to my pen pal in japan and she wrote back, thank you for everything"),
    ("en", "homework is such a burden, thanks for everything guys"),
    ("en", "i feel like a burden sometimes. my family is nice though"),
    ("en", "i wrote letters to my grandma"),
    ("zh", "给大家添麻烦了，谢谢你们"),
    ("ru", "в школе рассказывали, что раздавать вещи и писать прощальные письма это тревожные признаки"),
    ("ru", "написала письма бабушке и дедушке, отправим по почте"),
    ("es", "escribí cartas a mis abuelos por navidad"),
    ("fr", "en classe on a écrit des lettres à nos correspondants anglais"),
]

# An opinion about violence shown in a series, film or show: policy talk, not the child's story.
SERIES_OPINION = [
    (
        "ru",
        "меня очень бесит, что в фильмах подростки избивают людей, и все это повторяют. почему не запрещают?",
    ),
    ("en", "it really annoys me that in the series the boys beat people up and kids copy it, why is that allowed"),
    ("es", "me molesta mucho que en la serie los chicos golpean a la gente y todos en la escuela lo imitan"),
    ("fr", "ça m'énerve trop que dans la série les ados tabassent des gens et que tout le monde copie au collège"),
    ("zh", "我很烦在电视剧里那些男生打人，同学们都学"),
    ("ar", "يضايقني ان بالمسلسل الشباب بيضربوا الناس وكل الولاد بالمدرسة صاروا يقلدوهم"),
]

ANNOYED_DISCLOSURE = [
    ("en", "my stepfather beats me and it annoys me that nobody helps"),
    ("ru", "отчим бьёт меня, и меня бесит, что никто не помогает"),
    ("ru", "меня бесит что в сериале показывают драки, а дома отчим меня избивает"),
    ("es", "mi padrastro me pega y me molesta que nadie me ayuda"),
    ("fr", "mon beau-père me frappe et ça m'énerve que personne m'aide"),
    ("zh", "我继父打我，我很烦没人帮我"),
    ("ar", "زوج امي بيضربني ويضايقني ان ما حدا بيساعدني"),
]

DISCLOSURES = MARRIED_OFF + FORCED_WEDDING + DARIJA_SEXTORTION + RUNNING_TO_ADULT + GOODBYE + ANNOYED_DISCLOSURE
POLICY_TALK = MARRIAGE_TALK + DARIJA_EVERYDAY + TICKET_EVERYDAY + GOODBYE_EVERYDAY + SERIES_OPINION


@pytest.mark.parametrize(("lang", "text"), DISCLOSURES)
def test_disclosure_escalates_by_rules(screener: Screener, lang: str, text: str) -> None:
    expect.escalated_by_rules(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text"), POLICY_TALK)
def test_policy_talk_stays_in_queue(screener: Screener, lang: str, text: str) -> None:
    expect.kept_in_queue(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text"), MARRIED_OFF)
def test_married_off_is_abuse_at_home(screener: Screener, lang: str, text: str) -> None:
    assert "abuse_at_home" in screener.screen(text, lang).reasons


# "й" is folded into "и" by the key view; in Latin letters children write it "j", "y" or "i".
@pytest.mark.parametrize("spelling", ["obuzoj", "obuzoi", "obuzoy"])
def test_short_i_in_latin_letters(spelling: str) -> None:
    assert (f" {spelling} ", False) in _automaton_keys("ru", "обузой")


@pytest.mark.parametrize(
    "text",
    [
        "ya ustala byt obuzoj dlya vseh. razdala svoi veshi",
        "ustala byt obuzoy. razdala vse veschi",
        "я устала быть обузой для всех. раздала свои вещи",
    ],
)
def test_goodbye_signs_in_both_alphabets(screener: Screener, text: str) -> None:
    result = screener.screen(text, "ru")
    assert "self_harm" in result.reasons, result.reasons
