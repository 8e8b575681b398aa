# A hex literal followed by letters that are not hex digits: two tokens, not an invalid-number error.
value = 0xfg
