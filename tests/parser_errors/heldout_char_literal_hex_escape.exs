# A character literal takes one escaped character: ?\x is just "x", so the hex digits after it are a stray token.
value = ?\x41
