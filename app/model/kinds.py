"""Guess an actor's kind from the lane's name, so that a lane named "Borger" or "Kansalainen"
is a citizen lane from the start (the citizen's lane is framed, findings depend on it)."""

from __future__ import annotations

import re

#: word beginnings in English, Danish and Finnish (and Norwegian/Swedish where the same), in
#: the order they are tried: the citizen first ("citizen volunteer" is a citizen)
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("citizen", ("citizen", "borger", "kansalai", "asukas", "asiakas", "resident", "innbygg",
                 "invånare", "medborg", "patient", "potilas", "pårørende", "omaiset", "omainen",
                 "relative", "guardian", "værge", "parent", "forældre", "vanhem", "family",
                 "familie", "perhe")),
    ("voluntary", ("volunt", "frivillig", "vapaaehto", "association", "forening", "förening",
                   "yhdistys", "järjestö", "ngo", "charity", "third sector", "tredje sektor",
                   "church", "kirke", "seurakun", "club", "klub", "shelter")),
    ("public", ("municipal", "kommun", "kunta", "kaupunki", "city", "council", "region",
                "state", "ministry", "minister", "agency", "styrelse", "virasto",
                "jobcenter", "job centre", "job center", "case worker", "caseworker",
                "sagsbehandl", "sosiaali", "social", "public", "offentlig", "julkinen",
                "hospital", "sygehus", "sairaala", "school", "skole", "koulu", "care home",
                "plejehjem", "bosted", "botilbud", "hoivakoti", "police", "politi", "poliisi")),
    ("private", ("company", "companies", "firm", "business", "virksomhed", "firma", "yritys",
                 "café", "cafe", "kahvila", "restaurant", "ravintola", "shop", "butik", "kauppa",
                 "employer", "arbejdsgiver", "työnantaja", "private", "privat", "yksityi",
                 "ltd", "a/s", "aps", "oy", "ab", "gmbh", "inc")),
)


def guess_kind(name: str) -> str | None:
    """The kind the name suggests, or None when it suggests none."""
    text = " " + re.sub(r"\s+", " ", name.casefold()) + " "
    for kind, stems in KIND_WORDS:
        for stem in stems:
            end = r"(?![\w/])" if len(stem) <= 3 else ""  # "oy", "ab", "ngo": whole words
            if re.search(r"(?<![\w/])" + re.escape(stem) + end, text):
                return kind
    return None
