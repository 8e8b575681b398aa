a && b
a || b
!a
a && b || c
a || b && c
!a && b
!(a && b)
a || b || c
x = a || default
a && b.c || d
a || raise "err"
