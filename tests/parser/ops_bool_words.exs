a and b
a or b
not a
a and b or c
a or b and c
not a and b
not (a and b)
a and not b
true and false or true
a or b or c
a and b and c
