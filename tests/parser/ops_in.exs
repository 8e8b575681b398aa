x in [1, 2, 3]
x in 1..10
x in list and y in list
x in a ++ b
not x in list
!x in list
x in y in z
a + b in c
a == b in c
