# ruff: noqa: E501
"""Eighth review: disclosures told without the usual words (a relative in a younger
brother's room at night, locked in without food, a "marriage" in another city, travel to
someone met online, game currency for pictures, past touching told by a cousin) and policy
talk using the same words (school lessons, quoted advice from parents, opinions, content
about suicide on apps). Sentences are the team's own."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

DISCLOSURES = [
    ("ar", "ولد عمي الكبير يدخل غرفة اخوي الصغير بالليل ويقفل الباب، واخوي صار يخاف ويبكي كل ما يجي عندنا"),
    ("ar", "خالي يدش حجرة اخوي الصغير في الليل ويسكر الباب وراه، واخوي الحين يخاف منه ويصيح اذا زارنا"),
    (
        "en",
        "my older cousin goes into my little brother's room at night and locks the door, now my brother is scared and cries when he visits",
    ),
    (
        "fr",
        "mon oncle entre dans la chambre de mon petit frère la nuit et ferme la porte à clé, maintenant mon frère a peur et pleure quand il vient",
    ),
    (
        "es",
        "mi primo mayor entra al cuarto de mi hermanito en la noche y cierra con llave, ahora mi hermano tiene miedo y llora cuando viene",
    ),
    (
        "ru",
        "старший двоюродный брат заходит ночью в комнату к моему младшему брату и запирает дверь, теперь брат боится и плачет когда он приходит",
    ),
    ("zh", "我表哥晚上进我弟弟的房间还锁上门，现在弟弟很害怕，他一来弟弟就哭"),
    ("ar", "mama kat9fel 3liya f lbit w ma kat3tinich makla mli kanjib no9ta khayba, b9it 7ta sbah bla makla"),
    ("ar", "بابا كيسد عليا فالبيت وما كيعطينيش الماكلة ملي كنجيب نقطة خايبة، بقيت حتى الصباح بلا ماكلة"),
    ("ar", "ابوي يقفل علي في الغرفة وما يعطيني اكل اذا جبت درجة سيئة، نمت بدون عشاء"),
    (
        "en",
        "my dad locks me in my room and gives me no food when I get a bad grade, I stayed there till morning without eating",
    ),
    (
        "fr",
        "ma mère m'enferme dans ma chambre sans manger quand j'ai une mauvaise note, je suis restée jusqu'au matin sans rien manger",
    ),
    (
        "es",
        "mi papá me encierra en el cuarto y no me da de comer cuando saco mala nota, me quedé hasta la mañana sin comer",
    ),
    ("ru", "отчим запирает меня в комнате и не даёт еды если я получаю двойку, я просидела до утра без еды"),
    ("zh", "我考砸了，爸爸把我锁在房间里不给我饭吃，我一直饿到第二天早上"),
    (
        "ar",
        "عمري 15 وتعرفت على واحد عمره 26 بالانستا، گالي تعالي لمدينة ثانية حتى نتزوج وهو يدفع التكسي، راح اروح الخميس وما اگول لاهلي",
    ),
    (
        "en",
        "I'm 15 and a 26 year old guy from instagram says come to his city so we can get married, he pays the taxi, I'm going on thursday without telling my family",
    ),
    (
        "fr",
        "j'ai 15 ans, un homme de 26 ans rencontré sur insta me dit de venir dans sa ville pour qu'on se marie, il paie le taxi, je pars jeudi sans le dire à ma famille",
    ),
    (
        "es",
        "tengo 15 y un chavo de 26 de instagram me dice que vaya a su ciudad para casarnos, él paga el taxi, me voy el jueves sin decirle a mi familia",
    ),
    (
        "ru",
        "мне 15, парень 26 лет из инстаграма зовёт меня в другой город пожениться, он оплатит такси, поеду в четверг и родителям не скажу",
    ),
    ("zh", "我15岁，在ins上认识一个26岁的男的，他叫我去另一个城市跟他结婚，他出打车钱，我打算周四去，不告诉家里"),
    ("zh", "我表妹小时候在奶奶家被舅舅摸过，她上个月才告诉我，现在经常做噩梦，还让我别告诉任何人"),
    ("zh", "我堂弟说小时候叔叔碰过他下面，他一直做噩梦，叫我不要告诉别人"),
    (
        "en",
        "my little cousin told me last month that our uncle touched her at grandma's house when she was small, she has nightmares and asked me not to tell anyone",
    ),
    (
        "fr",
        "ma petite cousine m'a dit le mois dernier que notre oncle l'a touchée chez mamie quand elle était petite, elle fait des cauchemars et m'a demandé de ne rien dire",
    ),
    (
        "es",
        "mi prima me contó el mes pasado que nuestro tío la tocaba en casa de la abuela cuando era chiquita, tiene pesadillas y me pidió que no le diga a nadie",
    ),
    (
        "ru",
        "двоюродная сестра рассказала мне что дядя трогал её у бабушки когда она была маленькой, ей снятся кошмары и она просила никому не говорить",
    ),
    ("ar", "بنت خالتي قالت لي ان خالها كان يلمسها في بيت جدتي وهي صغيرة، عندها كوابيس وطلبت مني ما اقول لأحد"),
    (
        "zh",
        "我在QQ上认识一个男生，他说他18岁，叫我周六坐高铁去他那个城市住他那里，车票他已经买好了，我没跟家里说，应该没事吧？",
    ),
    ("zh", "网上认识的哥哥让我坐火车去找他，在他家住两天，票他买了，我没告诉爸妈"),
    (
        "en",
        "a boy I met on discord says he's 18, he wants me to take the train to his city on saturday and stay at his place, he already bought my ticket, I didn't tell my parents, it's fine right?",
    ),
    (
        "fr",
        "un garçon rencontré sur snap dit qu'il a 18 ans, il veut que je prenne le train samedi pour aller chez lui dormir, il a déjà payé le billet, j'ai rien dit à mes parents",
    ),
    (
        "es",
        "un chico que conocí en tiktok dice que tiene 18, quiere que tome el autobús el sábado para ir a su ciudad y quedarme en su casa, ya me compró el boleto, no le dije a mis papás",
    ),
    (
        "ru",
        "парень из вк говорит что ему 18, зовёт меня в субботу на поезде к нему в город переночевать у него, билет он уже купил, родителям я не сказала",
    ),
    (
        "ar",
        "ولد تعرفت عليه في سناب يقول عمره 18 يبيني اركب القطار السبت واروح مدينته وانام عنده، هو شرى التذكرة وما قلت لاهلي",
    ),
    (
        "es",
        "un wey en free fire me regala diamantes si le mando fotos en calzones, dice que es nuestro secreto y que si le digo a mi mamá ya no me da",
    ),
    ("en", "a guy in roblox gives me robux if I send him pics in my underwear, he says it's our secret"),
    (
        "fr",
        "un mec sur fortnite me donne des v-bucks si je lui envoie des photos en sous-vêtements, il dit que c'est notre secret",
    ),
    ("ru", "парень в игре дарит мне алмазы если я отправлю ему фото в нижнем белье, говорит что это наш секрет"),
    ("zh", "游戏里有个人说只要我发穿内衣的照片就送我钻石，还说这是我们的秘密"),
    ("ar", "واحد في فري فاير يعطيني جواهر اذا ارسلت له صور بالملابس الداخلية، ويقول هذا سر بيننا"),
    ("ar", "صاحبتي بتحكي عن الانتحار كل يوم وخايفة عليها"),
    ("es", "mi amiga habla de suicidio todo el tiempo y me da miedo"),
    ("zh", "我朋友把自杀的想法告诉我了，她说不想活了"),
    ("en", "my friend keeps talking about suicide and says she wants to die"),
]

POLICY_TALK = [
    ("en", "should parents be allowed to take away phones or food as punishment? my question for the panel"),
    ("fr", "je pense que priver un enfant de manger comme punition devrait être interdit"),
    ("ar", "ليش في بنات عمرهم 15 يتزوجون رجال اكبر منهم؟ لازم قانون يمنع زواج القاصرات"),
    ("zh", "老师说如果有人摸你不舒服的地方，要告诉大人，不要保密"),
    ("zh", "周六我和爸爸妈妈坐高铁去北京找我姑姑玩，票已经买好了"),
    ("en", "this saturday I'm taking the train to my grandma's city with my mum, we bought tickets already"),
    ("en", "I bought 800 robux with my birthday money and got a new skin, so happy"),
    ("es", "alguien sabe cómo conseguir diamantes gratis en free fire? jajaja"),
    (
        "ar",
        "ليه مفيش قانون في مصر بيعاقب اللي بيبتزوا العيال بالصور؟ اتكلمنا عن الابتزاز الالكتروني في المدرسة والمدرسة قالت ان كتير بيتكسفوا يبلغوا",
    ),
    (
        "ar",
        "ana 3andi 15 sene w ktir za3lane, leh l nas btehke 3an l enti7ar w eza2et l nafs 3a tiktok ka2ano mazha? lezem yemna3o hal videoyet lal wlad",
    ),
    (
        "ar",
        "عندي 15 سنة وزعلانة كتير، ليش الناس بتحكي عن الانتحار وإيذاء النفس على تيك توك كأنه مزحة؟ لازم يمنعوا هالفيديوهات للأطفال",
    ),
    ("zh", "我8岁。妈妈说不要给陌生人发照片。为什么坏人想要小孩的照片？"),
    (
        "en",
        "my mum always says \"if you just don't post pics nothing bad will happen\" and that's victim blaming. kids who get sextorted aren't the ones who did wrong, I'm sick of adults saying this",
    ),
    (
        "en",
        "for our school assembly we're making a poster: what should someone my age do if they get blackmailed with nudes? step by step, who do they tell",
    ),
    (
        "fr",
        "Moi je dis que les gars qui font chantage aux filles avec les photos, il faut les attraper. Au lycée on nous a parlé de ça. Est-ce que la police peut faire quelque chose?",
    ),
    (
        "en",
        "why do people joke about suicide and self harm on tiktok? I'm 14 and it makes me really upset, they should ban those videos for kids",
    ),
    (
        "es",
        "tengo 15 y me enoja mucho que en tiktok hablen de suicidio y autolesiones como si fuera chiste, deberían prohibir esos videos para niños",
    ),
    (
        "fr",
        "j'ai 15 ans et ça m'énerve qu'on parle du suicide et de l'automutilation sur tiktok comme une blague, il faut interdire ces vidéos aux enfants",
    ),
    ("ru", "мне 15 и меня бесит что в тиктоке шутят про суицид и селфхарм, надо запретить такие видео для детей"),
    ("zh", "我15岁，很生气，为什么抖音上有人把自杀和自残当玩笑？应该禁止这些视频给小孩看"),
    ("en", "I'm 8. My mum says never send photos to strangers. Why do bad people want kids' photos?"),
    (
        "es",
        "tengo 8 años. mi mamá dice que no mande fotos a desconocidos. ¿por qué la gente mala quiere fotos de niños?",
    ),
    (
        "fr",
        "j'ai 8 ans. maman dit de pas envoyer de photos aux inconnus. pourquoi les méchants veulent des photos d'enfants ?",
    ),
    ("ru", "мне 8 лет. мама говорит не отправлять фото незнакомым. зачем плохим людям фотки детей?"),
    ("ar", "عمري 8 سنين. ماما تقول لا ترسل صور للغرباء. ليش الناس السيئين يبغون صور الأطفال؟"),
    (
        "es",
        'mi mamá dice "si no subes fotos no te pasa nada", eso es culpar a la víctima. los chavos que sufren sextorsión no hicieron nada malo, ya me cansé de que los adultos digan eso',
    ),
    (
        "fr",
        "pour un exposé au collège on fait une affiche : que doit faire quelqu'un de mon âge s'il se fait menacer avec des nudes ? étape par étape, à qui le dire",
    ),
    (
        "es",
        "para la asamblea de la escuela hacemos un cartel: ¿qué debe hacer alguien de mi edad si lo chantajean con fotos íntimas? paso a paso, a quién decirle",
    ),
    (
        "ru",
        "для школьного стенда делаем плакат: что делать человеку моего возраста если его шантажируют интимными фото? по шагам, кому сказать",
    ),
    ("zh", "学校要办宣传栏，我们做海报：像我这么大的人如果被人用裸照威胁该怎么办？一步一步写，要告诉谁"),
    (
        "en",
        "I say the guys who blackmail girls with photos should be caught. at school they told us about it. can the police do anything?",
    ),
    (
        "es",
        "yo digo que a los que chantajean a las chicas con fotos hay que atraparlos. en la prepa nos hablaron de eso. ¿la policía puede hacer algo?",
    ),
    ("ar", "انا اقول اللي يبتزون البنات بالصور لازم ينمسكون. في المدرسة كلمونا عن هذا. هل الشرطة تقدر تسوي شي؟"),
    (
        "ru",
        "я считаю что парней которые шантажируют девушек фотками надо ловить. в школе нам про это рассказывали. полиция может что-то сделать?",
    ),
    (
        "en",
        "why is there no law punishing people who blackmail kids with photos? we talked about it at school and the teacher said many are too ashamed to report",
    ),
    (
        "fr",
        "pourquoi il n'y a pas de loi contre ceux qui font du chantage aux enfants avec des photos ? on en a parlé à l'école et la prof a dit que beaucoup ont honte de porter plainte",
    ),
    ("en", "I skipped breakfast and went to school without eating, so hungry lol"),
    ("en", "my mum says never send pics to people online, it's good advice"),
    ("fr", "moi je dis que les écoles devraient parler plus de ça"),
    ("es", "tengo 14 y tengo muchos diamantes en free fire, alguien juega conmigo?"),
    ("ar", "bla makla ma n9derch nkhdem, daba ghadi nakol m3a mama"),
    (
        "fr",
        "Au lycée on nous a parlé du chantage avec les photos. Est-ce que la police peut faire quelque chose contre ça ?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DISCLOSURES)
def test_disclosure_escalates(screener: Screener, lang: str, text: str) -> None:
    expect.escalated(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text"), POLICY_TALK)
def test_policy_talk_stays_in_queue(screener: Screener, lang: str, text: str) -> None:
    expect.kept_in_queue(screener.screen(text, lang))
