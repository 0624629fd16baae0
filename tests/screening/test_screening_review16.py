"""Round 19 (safeguarding): a pillow or a cushion as the "weapon", a ball hitting an arm while
playing, "dying of sleepiness" and "made me die laughing", a kitchen burn while cooking; and
domestic servitude or forced labour: a child brought to work in a house, unpaid and not let out,
a relative whose passport was taken and who is not let go. Near misses: chores at home, a news
story about child domestic workers, a sibling who really hits. Sentences are the team's own."""

from __future__ import annotations

import pytest
from tests.screening import expect

from childvoice.screening import Screener

DISCLOSURES = [
    ("es", "me trajeron del pueblo para ir al colegio pero limpio la casa de la señora todo el día y no me pagan"),
    ("es", "me trajeron a trabajar en una finca y no me dejan salir, tengo 14"),
    ("ar", "جابوني من القرية عشان المدرسة بس بنضف البيت كل يوم وما بيخلوني اطلع"),
    ("ar", "جابوني اشتغل عند عيلة بالمدينة وما بيدفعولي شي"),
    ("ru", "сестру позвали на работу в Москву, там забрали паспорт и не отпускают домой"),
    ("en", "they brought me from my village to study but i clean their house all day and they dont pay me"),
    ("fr", "ils m'ont amenée du village pour l'école mais je fais le ménage et ils me laissent pas sortir"),
    ("en", "my brother hits me every day and i'm scared"),
    ("fr", "mon frère me frappe tous les jours et j'ai peur"),
]


@pytest.mark.parametrize(("lang", "text"), DISCLOSURES)
def test_disclosures_escalate(screener: Screener, lang: str, text: str) -> None:
    expect.escalated_by_rules(screener.screen(text, lang))


NEAR_MISSES = [
    ("en", "my sister woke me up by hitting me with a pillow, so annoying"),
    ("zh", "我姐用枕头砸我让我起床"),
    ("es", "me muero de sueño en la clase de historia, quiero morir de sueño"),
    ("es", "mi gato me mata de risa cuando se cae del sofá jaja"),
    ("es", "mi primo me pegó un balonazo en el recreo y me dejó morado jaja"),
    ("fr", "je me suis brûlé en cuisinant des pâtes avec mon père"),
    ("es", "mi mamá no me deja salir hasta que lave los platos y encima no me pagan jaja"),
    ("es", "vi en las noticias que a muchas niñas las traen del campo a trabajar en casas"),
    ("ru", "я потерял паспорт когда ездил на подработку летом"),
    ("en", "i'm gonna die of boredom in maths today"),
]


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_near_misses_stay_in_queue(screener: Screener, lang: str, text: str) -> None:
    expect.kept_in_queue(screener.screen(text, lang))
