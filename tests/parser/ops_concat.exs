a ++ b
a -- b
a <> b
a +++ b
a --- b
a ++ b ++ c
a -- b -- c
a ++ b -- c
a -- b ++ c
a <> b <> c
a ++ b <> c
[1] ++ [2] ++ [3]
'ab' -- 'a'
a +++ b +++ c
a --- b --- c
a + b ++ c
a ++ b + c
