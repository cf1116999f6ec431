"""The reader's vocabulary: the word sets its modules test tokens against, by theme (treaties and papers,
withdrawal and consent, tense, clause structure, states and counts, parliaments and votes). Kept in one place so that
a word added for one construction is seen wherever the same kind of word is read; sets that differ on purpose say how.
"""

from __future__ import annotations

from schemas.checks import ClaimKind, Comparator

# --- treaties and papers ----------------------------------------------------------------------------------------

GENERIC_TREATY = {
    "convention", "treaty", "pact", "accord", "agreement", "document", "protocol", "statute", "charter",
    "covenant", "constitution", "deal", "organization", "organisation", "court", "institution", "body", "bloc",
    "alliance", "agency", "group",
}  # fmt: skip
# the nouns an instrument's own name is made of ("the ... Convention", "the ... Pact"): no body, no deal
INSTRUMENT_NOUNS = {"convention", "treaty", "agreement", "statute", "charter", "protocol", "covenant", "pact", "accord"}
BODY_NOUNS = {"organization", "organisation", "institution", "body", "bloc", "alliance", "court"}
FOUNDED_BODIES = {
    "centre", "center", "court", "organization", "organisation", "agency", "union", "council", "tribunal",
    "commission", "institute", "bureau",
}  # fmt: skip  # a name with one of them ("International Centre for ...") is a body's: "a World Bank body" fits it
GROUPS = (GENERIC_TREATY - {"court", "body", "institution", "agency", "document"}) | {"group", "grouping", "union",
                                                                                      "community", "club"}  # fmt: skip
NOT_TREATY_OBJECTS = {"order", "decree", "law", "bill", "executive", "resolution", "legislation", "memorandum",
                      "directive", "proclamation"}  # fmt: skip  # a directive or proclamation is a domestic act too
PAPERS = {
    "letter",
    "notification",
    "notice",
    "note",
    "decree",
    "order",
    "law",
    "bill",
    "memorandum",
    "statement",
    "legislation",
    "laws",
    "bills",
    "decrees",
}  # "signed legislation denouncing the convention": the paper
LETTERS = {"letter", "notice", "notification", "note", "instrument"}
NOTIFICATION_NOUNS = {
    "notice", "notification", "instrument", "letter", "note", "withdrawal", "denunciation", "decision", "request",
    "writ",  # "Venezuela submitted a writ to denounce the American Convention"
}  # fmt: skip
MADE = {"signed", "adopted", "concluded", "agreed", "negotiated"}
OTHER_EVENTS = {"founding", "establishment", "creation", "inception", "adoption", "birth", "election", "invasion"}
OTHER_ACTS = {
    "made",
    "concluded",
    "created",
    "established",
    "founded",
    "negotiated",
    "reached",
    "agreed",
    "born",
    "elected",
    "launched",
    "built",
    "adopted",
}  # fmt: skip  "the pact made in 1987", "the convention adopted in 2011 in Istanbul": that date is the pact's
# what a notice period is counted from: the notice itself, or (PERIOD_EVENTS) any act a period can follow
NOTICE_EVENTS = {"notification", "notice", "notified", "submitted", "sent", "handed", "deposited", "filed", "lodged",
                 "delivered", "transmitted", "invocation", "invoked"}  # fmt: skip  # "invoking Article 50": the notice
PERIOD_EVENTS = NOTICE_EVENTS | {"vote", "voted", "decree", "decision", "approved", "signed", "ratification",
                                 "announced", "adopted", "order", "law"}  # fmt: skip

# --- withdrawal and consent -------------------------------------------------------------------------------------

WITHDRAWAL_NOUNS = {
    "withdrawal", "withdrawals", "exit", "exits", "departure", "denunciation", "pullout", "pull-out", "leaving",
}  # fmt: skip
# a depositary named as the actor of a verb ("the Secretary-General forwarded the notification"): not a state's own
DEPOSITARY_WORDS = {"nations", "un", "u.n.", "secretary-general", "secretary", "depositary", "depositaries",
                    "secretariat"}  # fmt: skip
# the words between a suspending verb and the exit it stops: "suspend the effectuation of its withdrawal", "halted the
# process of their pullout" (app/reading/pipeline.py, REVOKE)
SUSPENDED_EXIT_WORDS = ["the", "its", "their", "his", "her", "a", "this", "that", "effectuation", "implementation",
                        "process", "of", "country", "nation", "government"]  # fmt: skip
# the lemmas of a leaving verb: the trigger patterns', and "has informed the UN it is renouncing" (a notice)
WITHDRAW_LEMMAS = ["withdraw", "leave", "quit", "exit", "denounce", "abandon", "renounce", "depart", "ditch"]
# the head of a nominal exit ("the UK's withdrawal", "its expulsion from the Council of Europe"): an expulsion too
EXIT_HEADS = {"withdrawal", "withdrawals", "exit", "exits", "departure", "pullout", "pull-out", "expulsion"}
# an exit in a rule's words ("the withdrawal needs the approval of", "for 20 years after withdrawing")
EXIT_WORDS = {"withdrawal", "withdrawing", "exit", "departure", "denunciation", "leaving"}
JOIN_FORMS = {"join", "joins", "joined", "joining"}
SIGNING_VERBS = {"signed", "joined", "ratified", "acceded"}
OBJECT_VERBS = {"SIGN", "JOIN", "RATIFY", "ACCEDE", "LEAVE"}  # trigger labels whose object is the treaty
CONSENT_DONE = {"completed", "completes", "finalised", "finalized", "supported", "backed", "endorsed", "approved"}
VOTES_FOR = {"supports", "backs", "endorses", "approves"}  # "the Rada supports ratification of": a parliament's vote
VOTED_CONSENT = {"supported", "backed", "endorsed", "approved"}  # "Ukraine has completed the ratification of": the
# state's own consent; "the Rada supported the ratification of": a parliament's vote (only with a parliament named)
NEGATIVE_KINDS: dict[str, ClaimKind] = {
    "JOIN": "joined", "SIGN": "signed", "ACCEDE": "joined", "RATIFY": "ratified", "LEAVE": "withdrew",
}  # fmt: skip
CONSENTS: dict[str, ClaimKind] = {
    "ratification": "ratified", "accession": "acceded", "acceptance": "ratified", "approval": "ratified",
}  # fmt: skip
MEMBERSHIP_NOUNS = {"member", "members", "party", "parties"}  # "an ICC member", "a party to"
CONSENT_ACTS = frozenset({"ratify", "accede", "join", "sign"})  # a State's own act of consent (VCLT Arts. 11-16)
CONSENT_LEMMAS = CONSENT_ACTS | {"approve", "accept"}  # a consent told ('ratified it in 2003')
PARTY_CONSENT_KINDS = frozenset({"ratified", "acceded", "joined"})  # claim kinds of a consent that makes a party
INVOKING = {"trigger", "invoke", "activate"}
# what an exit verb gives up when it is not the treaty: "abandoned its plan to leave", "ditched the idea of leaving"
GIVEN_UP = {"plan", "plans", "idea", "bid", "effort", "efforts", "proposal", "attempt", "push", "threat", "move",
            "intention", "talk", "talks", "process", "decision", "attempts", "proposals", "ideas"}  # fmt: skip
ANNULLED = ("annulled", "denounced", "abrogated", "renounced")  # "the treaty was annulled": its subject the treaty
# "the convention was abandoned by Ankara", "was quit by Russia": the treaty the subject, a state the passive's agent
# (only with that agent: "the treaty was left in tatters", "the plan was abandoned" leave nothing)
PASSIVE_EXITS = ("abandoned", "quit", "ditched", "exited", "left")
UNDOING = {"invalid", "unconstitutional", "revoke", "revoked", "revocation", "rescind", "rescinded", "reverse",
           "reversed", "retract", "retracted"}  # fmt: skip
FOLLOWING = {"follows", "followed", "follow", "following", "after"}

# --- tense ------------------------------------------------------------------------------------------------------

FUTURE = {"will", "shall", "'ll", "wo"}
PERFECT = {"has", "have", "had", "'ve", "'d"}
DUE = {"set", "due", "expected", "scheduled", "poised", "going", "about"}
INTENDING = {"plan", "decide", "vote", "want", "seek", "aim", "move", "intend", "announce", "agree", "threaten",
             "begin", "start", "try", "hope", "recommend", "propose", "pledge", "promise", "vow", "urge", "call",
             "ask", "push", "consider", "prepare", "order", "allow", "approve", "bill", "law", "right", "step",
             "process", "decision", "intention", "bid", "effort", "plans", "need", "have", "able", "request",
             "instruct", "task", "authorize", "authorise", "mandate", "direct", "invite", "decree",
             "interest", "intent", "suggest", "suggestion", "proposal", "recommendation", "apply", "application",
             "invitation", "initiative", "approval", "go-ahead"}  # fmt: skip
# "no longer in its interest to remain a party": not a status; "issued a joint statement of intent to withdraw", "will
# make a suggestion to the ministry on Monday to withdraw", "took the initiative to withdraw from the agreement"
# (Adyrna, 2023: an effect a year on had been read): a purpose, not a deed; "applied to join NATO in May 2022", "its
# invitation to Sweden and Finland to join the alliance": a request or an offer to join, no joining (the Alliance
# admits by invitation, North Atlantic Treaty Art. 10); "the government gave its approval to ratify the Paris
# agreement" (Xinhua, 3 October 2016): a cabinet's decision, the ratification still to come
IRREGULAR_PAST = {"took", "left", "withdrew", "quit", "came", "went", "became", "entered", "joined", "gave", "sent",
                  "began", "handed", "signed", "pulled", "walked", "dropped", "received", "effective", "was", "told",
                  "were"}  # fmt: skip
# "would officially inform", "has formally withdrawn": the auxiliary is read over these adverbs
ADVERBS = {"officially", "formally", "also", "then", "still", "soon", "finally", "now", "already", "effectively",
           "legally", "fully", "quietly", "eventually", "ultimately", "indeed", "automatically",
           "unilaterally"}  # fmt: skip
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
ORDINALS = {"first", "second", "third", "only", "latest", "last", "1st", "2nd", "3rd"}
NEGATION = {"not", "n't", "never", "yet", "outside", "refused", "declined", "non"}
MODALS = {"would", "could", "may", "might", "should", "must", "can", "cannot"}
CONDITIONS = {"if", "unless", "whether", "once"}
# acts of will and domestic acts: a date beside them is theirs ('announced its withdrawal on D', 'a law on the
# withdrawal signed on D'), so an exit or a notice named as their object is not dated by it (backoff.py)
ACTS_OF_WILL = {"announce", "announcement", "declare", "declaration", "decide", "decision", "vote", "law", "bill",
                "decree", "order", "memorandum", "executive", "draft", "motion", "legislation", "referendum",
                "parliament", "approve", "endorse", "adopt", "statement", "speech", "address", "remarks",
                "interview", "communique", "communiqué", "resolution"}  # fmt: skip
# what others do about an exit (criticise it, welcome it, debate it; lemmas): a date beside them is theirs, not the
# exit's ('criticised Lithuania's withdrawal on 30 June', 'the withdrawal was condemned on 28 June')
RESPONSES = {"criticise", "criticize", "condemn", "welcome", "regret", "deplore", "praise", "protest", "lament",
             "oppose", "defend", "justify", "explain", "discuss", "debate", "question", "challenge", "hail", "slam",
             "decry", "attack", "blast", "mourn", "celebrate", "reject", "acknowledge", "examine",
             "review"}  # fmt: skip
# what stops the back-off reading (backoff.py) from claiming anything in a clause: a denial, a modal, a condition,
# an intention (INTENDING less the acts of will and the words of deeds: 'began the process', 'have', 'the need'), a
# suspension or an undoing (no exit), a possibility
HEDGES = (
    NEGATION
    | MODALS
    | CONDITIONS
    | (INTENDING - ACTS_OF_WILL - {"move", "begin", "start", "process", "step", "have", "call", "need", "right",
                                   "able", "interest", "allow", "task", "instruct", "authorize", "authorise",
                                   "mandate", "direct", "invite", "bid", "effort", "apply", "application",
                                   "invitation"})
    | {"no", "nor", "neither", "suspend", "suspension", "suspended", "revoke", "reverse", "rescind", "revocation",
       "cancel", "possible", "possibly", "likely", "unlikely", "potential", "potentially", "perhaps", "option",
       "ready", "willing", "intend", "intent", "mull", "weigh", "debate", "discuss", "suggest", "demand", "rumour",
       "rumor", "threaten", "attempt", "attempted"}  # "made an attempt to withdraw": no exit (exits.left_kind reads
)  # fmt: skip  # the attempt as the notice it gave)

# --- clause structure -------------------------------------------------------------------------------------------

OTHER_CLAUSE = {"though", "although", "but", "while", "whereas", "however"}
CLAUSE_LEAD = {"after", "before", "when", "while", "because"}
DATE_LEAD = {"in", "on", "by", "from", "effective", "as", "at", "until", "starting", "beginning", "of", "to", "for",
             "about", "under", "i.e.", "ie", "namely"}  # fmt: skip
RESULTING = {"therefore", "thus", "hence"}  # ", therefore on 7 January 2010": the day a period comes to, restated
FROM = {"from", "since", "of"}  # "from December 27", "as of 27 December"
PREPOSITIONS = {"by", "in", "on", "at", "from", "to", "with", "for", "of", "as"}
GOVERNING = {"with", "to", "against", "from", "in", "on", "about", "than", "between", "over", "into", "at", "near",
             "toward", "towards", "like", "unlike", "by", "claiming", "accusing", "accused", "blaming", "urging",
             "urged", "warning", "warned", "telling", "told", "asking", "asked", "criticising",
             "criticizing"}  # fmt: skip
LIST_GLUE = {",", "and", "&", "as", "well", "'s", "’s", "or", "nor", "the"}  # "neither Russia nor the United States"
# an appositive between listed states: "The United States and its ally Israel", "Mali and its neighbour Niger"
APPOSED = {"its", "their", "close", "longtime", "long-time", "ally", "allies", "neighbour", "neighbor", "neighbours",
           "neighbors", "partner", "partners"}  # fmt: skip
SKIPPED_BEFORE_VERB = {"which", "that", ",", "has", "have", "had", "was", "finally", "only", "first", "formally",
                       "officially", "itself", "originally"}  # fmt: skip
REPORTING = {"said", "says", "announced", "stated", "confirmed", "told", "added", "declared", "reported",
             "according", "passed", "adopted", "approved", "endorsed", "decided", "stating", "saying", "announcing",
             "declaring", "confirming", "noting", "adding", "claiming", "insisting", "warning", "revealed",
             "noted"}  # fmt: skip
REPORT_GLUE = {"on", "late", "early", "earlier", "this", "last", ","}
PRESS = {"correspondents", "reporters", "journalists", "press", "media", "newsrooms"}

# --- states and counts ------------------------------------------------------------------------------------------

SUBJECT_NOUNS = {"country", "government", "state", "nation", "administration", "kingdom", "republic", "it", "he",
                 "she", "they", "president", "parliament", "ministry", "minister", "we"}  # fmt: skip
# words that refer to states named before ('they', 'its withdrawal', 'the three countries', 'both states')
STATE_REFERENCES = {"they", "their", "its", "country", "countries", "nation", "nations", "state", "states",
                    "government", "governments", "trio", "both", "former", "latter", "kingdom", "republic",
                    "administration"}  # fmt: skip
UNNAMED_GROUP = {"other", "several", "some", "many", "few", "most", "which", "what", "more", "various", "numerous"}
MEMBER_NOUNS = {"member", "party", "state", "signatory", "ally"}
COUNT_NOUNS = {"states", "countries", "nations", "parties", "signatories", "members", "governments", "allies",
               "adherents", "ratifications"}  # fmt: skip  # "with 112 ratifications": the consents, a party count
NOT_PARTY_COUNTS = {"voted", "vote", "votes", "adopted", "reached", "negotiated", "drafted", "agreed", "objected",
                    "object", "objecting", "objections", "abstained", "protested", "voting", "opposed", "support",
                    "supported", "endorsed", "referral", "referrals", "referred", "referring"}  # fmt: skip  # "Only 15
# countries formally objected", "received referrals from 39 States Parties to the Rome Statute" (the States that
# referred a situation, Rome Statute Art. 14): the states that did something, not all the parties
COMPARATORS: dict[str, Comparator] = {
    "more than": "more_than", "over": "more_than", "at least": "at_least", "fewer than": "fewer_than",
    "less than": "fewer_than", "nearly": "about", "almost": "about", "about": "about", "some": "about",
    "around": "about", "roughly": "about", "exactly": "exactly", "up to": "at_most", "at most": "at_most",
}  # fmt: skip

# the nouns after a group's adjective (world/groups: 'the three Baltic states', 'the Baltic state') -> plural
REGION_NOUNS = {"state": False, "country": False, "nation": False, "republic": False, "states": True,
                "countries": True, "nations": True, "republics": True}  # fmt: skip  # noun -> plural
# names of states that are also a US state or given names, read as the state only in context (app/reading/ambiguous.py)
IN_CONTEXT = {"Georgia": "GEO", "Jordan": "JOR", "Chad": "TCD"}

# --- parliaments and votes --------------------------------------------------------------------------------------

BODIES = {"parliament", "lawmakers", "legislators", "deputies", "mps", "senators", "senate", "congress",
          "seimas", "saeima", "riigikogu", "sejm", "rada", "duma", "assembly", "house", "chamber", "eduskunta",
          "members", "bundestag", "lawmaker", "parliamentarians"}  # fmt: skip
# a deed begun, in its forms ('triggered the US withdrawal', 'will start a six-month period'): a withdrawal begun is
# its notice given (nominal.py), a period begun runs from it (periods.py)
BEGIN_VERBS = frozenset({"trigger", "triggers", "triggered", "initiate", "initiates", "initiated", "begin", "begins",
                         "began", "start", "starts", "started", "launch", "launches", "launched"})  # fmt: skip
PARLIAMENTS = {"parliament", "seimas", "saeima", "riigikogu", "sejm", "rada", "duma", "eduskunta", "bundestag",
               "congress", "senate", "lawmakers", "legislators", "mps", "deputies", "legislature", "knesset",
               "storting", "riksdag", "folketing", "sabor", "majlis", "hluttaw", "althingi", "nationalrat",
               "bundesrat"}  # fmt: skip
LEGISLATION = {"bill", "law", "legislation", "motion", "act", "proposal", "plenary", "draft", "resolution",
               "denunciation", "reading", "decision"}  # fmt: skip
REQUIRED = {"required", "needed", "need", "needs", "must", "necessary", "requires", "require", "least"}
VOTERS = {"mps", "deputies", "lawmakers", "members", "legislators", "senators", "parliamentarians", "votes", "voted"}
TALLY_WORDS = ("vote", "ballot", "abstain", "abstention", "approve", "pass", "adopt")
ROLES = {
    "abstain": ("abstain", "abstained", "abstaining", "abstention", "abstentions"),
    "against": ("against", "opposed", "nays", "objections", "no"),
    "for": (
        "favour",
        "favor",
        "for",
        "adopt",
        "support",
        "supported",
        "backed",
        "yes",
        "ayes",
        "backing",
        "supporting",
    ),
}
SEATED = {"government", "authorities", "officials", "leadership", "regime", "administration", "ministry", "parliament",
          "legislature", "lawmakers", "legislators", "mps", "deputies", "senators", "parliamentarians"}  # fmt: skip
# "the parliament in Yerevan ratified the Rome Statute": Armenia's; "Lawmakers in Vilnius voted": Lithuania's members
# a treaty's own entry into force told as a noun or an adjective: "its entry into force", "the entry into force of
# the Convention", "the Convention's entry into force", "in force since 1998" (the first word of the trigger)
ENTRY_NOUN_STARTS = {"its", "the", "in", "'s", "’s"}

# The stems of words that undo an exit or its notice ("reversing its withdrawal", "revoked the notification",
# "rescinded", "annulled", "retracted", "discontinue the withdrawal process", "cancelled", "undid").
REVERSING = ("revers", "revok", "rescind", "annul", "retract", "discontinu", "cancel", "undo", "undid")
