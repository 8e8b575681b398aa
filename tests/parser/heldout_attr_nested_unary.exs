# `@` takes any unary operand, including another `@` or a unary operator.
f(@@name)
value = @@name
@@name
[@@name, {@ @other}]
f(@-x)
f(@@@deep)
f(@@name.field)
