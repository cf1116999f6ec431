"""The clause reader: drafts a treaty's rule file from its text (``treatyexit rules draft``).

It finds the withdrawal, denunciation, duration and depositary articles of the English text, quotes them
verbatim with their article numbers, recognises the common clause patterns and writes provisions marked
``verification: drafted``. What it cannot read becomes a ``needs_review`` provision carrying the text: it
never guesses. Where it finds no clause at all, the general law applies (VCLT Art. 56), and the draft says so.
"""
