"""Boilerplate vocabulary for the page-text line filter, kept as data.

A text copy of a web page carries the site's chrome as short lines: menus,
share buttons, widget headings, comment forms, legal footers. These lists name
such lines by their wording, not by any one site's phrasing, so that the
filter in ``page_text`` can stay generic. Patterns are matched against a whole
line (after bullets and surrounding punctuation are stripped), case-insensitive.
"""

from __future__ import annotations

import re

BOILERPLATE_LINES: tuple[str, ...] = (
    r"advert\w*",
    r"-?\s*advertis\w*\s*-?",
    r"sponsored( content| links?)?",
    r"(story|article) continues? (below|after)( advertisement)?",
    r"continue reading( (below|the main story|main story))?",
    r"share( this( article| story| post| page)?)?( on \w+)?:?",
    r"share (via|on) \w+",
    r"(click|tap) (here )?to share.*",
    r"(tweet|pin|email|print|copy link|whatsapp|reddit|linkedin|facebook|twitter|flipboard|telegram)( this)?",
    r"subscribe( now| today| here)?",
    r"sign (in|up)( now)?",
    r"log ?(in|out)",
    r"(my )?account",
    r"register( now)?",
    r"newsletters?",
    r"search( for)?:?",
    r"menu",
    r"close( menu)?",
    r"skip to (main )?(content|navigation)",
    r"back to top",
    r"(read|see|view|show|load) (more|all|less)( comments| stories| news)?",
    r"more( stories| news| articles)?",
    r"next( article| story| post)?",
    r"prev(ious)?( article| story| post)?",
    r"home( page)?",
    r"(privacy|cookie)( policy| settings| preferences)?",
    r"terms( of (use|service))?( and conditions)?",
    r"contact( us)?",
    r"about( us)?",
    r"(we )?use cookies.*",
    r"accept( all)?( cookies)?",
    r"tags?:?.*",
    r"topics?:?",
    r"filed under:?.*",
    r"categor(y|ies):?.*",
    r"posted in:?.*",
    r"photo:.*|image:.*|credit:.*",
    r"(getty images|ap photo|reuters|afp)\b.*",
    r"(all )?rights reserved\.?",
    r"powered by\b.*",
    r".*\bpowered by\s*:.*",
    r"follow us( on \w+)?:?",
    r"(like|follow) (us|this)( on \w+)?",
    r"loading\W*",
    r"watch( now| video| live)?",
    r"(you are|you're) (at|here):?.*",
    r"breaking( news)?",
    r"trending( now)?",
    r"latest( news)?",
    r"\d+\s*(comments?|shares?|views?|likes?|replies)",
    r"(no|add a|post a|view|show) comments?",
    r"reply",
    r"report( abuse)?",
    r"permalink",
    r"print( this)?( page| article)?",
    r"listen( to (this|the) (article|story))?",
    r"(\d+ )?min(ute)?s? read",
    r"click here.*",
    r"(this|the) (article|story|post) (was|has been) (updated|corrected).*",
    r"mail",
    r"(\d+|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago\b.*",
    r"rating:.*",
    r"rss( feeds?)?",
    r"sitemap",
    r"(free )?trial.*",
    r"already (a subscriber|have an account).*",
    r"not now",
    r"yes|no|ok|okay",
    r"the \w+ newsletter",
    r"(watch|listen) live",
    r"get (the|our) (app|newsletter).*",
    r"(recent|latest|top) (posts|articles|stories|news)",
    r"(most|more) (popular|read|viewed|shared|commented)( articles| stories| posts| news| on .*)?",
    r"(related|recommended|suggested|similar)( articles| stories| posts| news| reading| content| links| topics)?( for you)?:?",
    r"you (may|might) (also )?(like|enjoy|be interested in).*",
    r"(read|see) (next|also)",
    r"more (from|in|on|by) .{1,40}",
    r"(also|read|trending) on .{1,40}",
    r"(popular|latest|top) (on|in) .{1,40}",
    r"what to read next",
    r"don'?t miss",
    r"download (the|our) app.*",
    r"(enable|turn on) javascript.*",
)
"""Whole lines that are page chrome in any site: buttons, widget and menu labels."""

END_MARKERS: tuple[str, ...] = (
    r"leave a (reply|comment)",
    r"(post|add|write|submit) (a|your) (comment|reply)",
    r"(\d+|one|two|three)?\s*(comments?|responses?|replies|thoughts)( (to|on) .{1,200})?( \(\d+\))?:?",
    r"comments? (are )?(closed|disabled)\.?",
    r"(join|start) the (discussion|conversation)",
    r"your email address will not be published.*",
    r"(recent|latest|top rated|top|best|featured|reader|readers'?) comments",
    r"(about the author|author bio)",
)
"""Headings that close an article: what follows is readers' comments or the author's bio."""

CHROME_PROSE = re.compile(
    r"\b(?:(?:this|our) (?:web)?site uses cookies|we use cookies|use of cookies|cookie (?:policy|settings|consent)"
    r"|by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:web)?site|you (?:agree|consent) to (?:the|our)"
    r"|(?:terms of (?:use|service)|privacy policy)\b.{0,40}\b(?:terms of (?:use|service)|privacy policy)"
    r"|sign up (?:for|to) (?:our|the) (?:\w+ )?newsletter|enable javascript|javascript is disabled"
    r"|(?:can be|be) contacted (?:with|at|by)|customer service center|all rights reserved"
    r"|this site uses akismet|registered trademarks?\b|trademarks? of\b|have not been evaluated by the)",
    re.IGNORECASE,
)
"""Sentence-like lines that are still chrome: consent banners, legal and service notes."""

COMMENT_HEADER = re.compile(
    r"^(?=[^\n]*\d).{1,100}\b(?:says|said|wrote|commented|replied)\s*:?$",
    re.IGNORECASE,
)
"""The head of a reader comment: 'Jane on May 3, 2021 at 4:15 pm said:'."""

COPYRIGHT = re.compile(r"^(©|\(c\)|copyright\b|all rights reserved)|\ball rights reserved\b", re.IGNORECASE)
"""A legal footer line."""

WEATHER = re.compile(r"^-?\d{1,3}([.,]\d)?\s*°?\s*[CF]\b.{0,30}$")
"""A weather widget: '9.8 C', '72°F Sunny'."""

LOGO = re.compile(r"^(?P<name>.{2,60}?)\s+logo$", re.IGNORECASE)
"""An image's alt text left behind by the site logo: 'EURASIAN STAR LOGO'."""

BYLINE = re.compile(
    r"^(?:by|written by|author:|words by|reporting by|von|por|par|di)\s+"
    r"(?P<name>[^|•·,\d\n]{2,80}?)\s*(?:$|[|•·,]|\s+(?:on|-|–|—)\s+\S)",
    re.IGNORECASE,
)
"""A byline, possibly followed by a date after a separator: 'By Jane Doe | March 3, 2021'."""

PUBLISHED_CUE = re.compile(r"\b(published|posted|date|released|first published|publicado|publié|pubblicato)\b", re.IGNORECASE)
"""Words that tie a date on a line to the article itself."""

UPDATED_CUE = re.compile(r"\b(updated|modified|last edited|edited|revised|actualizado|mis à jour)\b", re.IGNORECASE)
"""Words that mark a date as a later revision, not the publication."""


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")$", re.IGNORECASE)


BOILERPLATE_RE = _compile(BOILERPLATE_LINES)
END_MARKER_RE = _compile(END_MARKERS)
