a :: b
x :: integer
f(x) :: atom
a :: b :: c
a | b :: c
a :: b | c
x :: integer | nil
@spec f(a) :: b | c
