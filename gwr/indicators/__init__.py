"""indicators: CleanText + sections + Metadata -> tuple[Mention, ...].

Reads the clean text, the outline's section roles and the report/review
years. Adds one Mention per quantified figure: the canonical indicator (or a
label for open commitments), the value in its base unit, comparator, measure,
status, strength, year and the exact span of the printed figure. Doubtful
figures get a lower confidence and a flag rather than a guess.

One module per job:

* ``extract``  the sentence loop: sentences, section roles, which figures to read
* ``context``  the frozen Sentence every reader works over (cue positions memoised)
* ``figures``  which quantities are figures (size classes, names, counts are not)
* ``subject``  binding a figure to its indicator or list item (aliases, lists)
* ``measure``  measure, sign and comparator
* ``when``     status, strength and year
* ``passage``  the main-target passage (the sentences a 主要预期目标 cue governs)
* ``labels``   the label of a figure no indicator names
* ``build``    the one place a Mention is made

All cue wording is data (gwr/data/cues.yaml) read by ``gwr.cues.load``.
"""

from __future__ import annotations

from gwr.indicators.extract import extract_mentions
from gwr.indicators.phrase import extract_phrase

__all__ = ["extract_mentions", "extract_phrase"]
