# An alias cannot end in `!` or `?`; the message names the character and its code point.
Filemkdir_p!(path)
