# ?\u is just "u"; the braces and digits that follow are not part of the character literal.
value = ?\u{1F600}
