"""Named entities of an article, cleaned and linked to canonical actors.

The small spaCy model finds most names but mislabels some (a Kazakh town as a
person, a city as an organisation), glues a title and a nationality to a name
("Kazakh President Kassym-Jomart Tokayev") and misses acronyms and outlet
domains. This pass keeps the model's spans, corrects them where the gazetteer
is sure, adds what the organisation table and the domain pattern find, and
links each mention to an actor. Rules are general: they read the data tables,
never the wording of particular articles.

- ``mentions``: a mention (a labelled span) and how it is trimmed;
- ``labels``: typing mentions: the model's labels, titled names, organisation
  phrases, outlets' domains, all-caps lines, lone place names the model missed;
- ``gazetteer``: the tables that say who or where a name is (countries, regions,
  first-order divisions, US counties, towns, each place with a feature class and a point);
- ``linking``: each mention to an actor (the article's people, countries, cities);
- ``toponyms``: the article's place names resolved together, as a geoparser does
  (qualifiers such as "Paris, Texas" and datelines, one sense per name, the article's
  own countries and states, then the bigger place);
- ``find``: ``find_entities``, the pass in order;
- ``focus``: which countries the article is about.
"""

from hotspot.understand.entities import gazetteer
from hotspot.understand.entities.find import find_entities
from hotspot.understand.entities.focus import focus_countries
from hotspot.understand.entities.linking import EXTRACTOR

__all__ = ["EXTRACTOR", "find_entities", "focus_countries", "gazetteer"]
