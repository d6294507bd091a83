"""The one error type of the model layer."""


class DocumentError(Exception):
    """A document could not be read, or an edit would make it invalid.

    The message names the place in plain words, e.g.
    ``activities[3].actor: no actor with id "a-9"``.
    """
