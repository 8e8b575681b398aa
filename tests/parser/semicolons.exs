;a
a; b
a; b; c
a;
x = 1; y = 2; x + y
foo(); bar()
if x do a; b end
fn -> a; b end
(a; b)
[(a; b)]
a
;b
