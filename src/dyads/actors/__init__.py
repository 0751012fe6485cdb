"""Actors: who a span of text names (RUS, RUSGOV, NATO, Lavrov -> RUSGOV in 2022).

    from dyads.actors import load_dictionary
    actors = load_dictionary()                    # shipped data files, cached per process
    actors = load_dictionary(["my_actors.tsv"])   # plus the user's files (same formats)
    actors.find_mentions("les troupes russes", date=datetime.date(2022, 2, 24))
    actors.get("RUSGOV"); actors.search("lavrov")

The data are TSV files in `dyads/actors/data/` (format in its README.md and in
`dyads.actors.dictionary`); the rules that find mentions are in `dyads.actors.resolver`.
"""

from dyads.actors.dictionary import (
    SECTORS,
    ActorDictionary,
    ActorFileError,
    load_dictionary,
)

__all__ = ["SECTORS", "ActorDictionary", "ActorFileError", "load_dictionary"]
