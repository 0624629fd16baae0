"""Error messages shown to children, by key; translated when shown, in the page's language."""

from __future__ import annotations

from childvoice.i18n import gettext as _

_KEYS = {
    "empty": lambda: _("Please write a message before you press Send."),
    "too_long": lambda: _("Your message is too long. Please make it shorter: at most 600 characters."),
    "closed": lambda: _("Sorry, this event is not taking messages right now."),
    "bad_age_band": lambda: _("Please choose one of the age groups, or “I’d rather not say”."),
    "bad_country": lambda: _("Please choose a country from the list, or “I’d rather not say”."),
    "bad_panel": lambda: _("Please choose a part of the meeting from the list."),
    "bad_source": lambda: _("Something went wrong. Please try again."),
    "csrf": lambda: _("This page was open for a long time. Your message is still here: please press Send again."),
    "rate_limited": lambda: _("Too many tries from your device. Please wait a few minutes and try again."),
    "bad_code": lambda: _("We could not find that code. Please check it and try again. It looks like ABCD-EFGH-JKMN."),
    "form": lambda: _("We could not read what you sent. Please try again."),
}


def message(key: str) -> str:
    return _KEYS.get(key, _KEYS["bad_source"])()
