-a ** b
-a * b
!a == b
!a && b
not a == b
not a and b
^a = b
@a + b
@a ** b
&a = b
-a.b
!a.b()
-a[b]
-@a
!^a
~~~a + b
+a - -b
-a..b
-a..-b
not a in b
&1 + 1
& &1 + 1
&(&1 + 1) == f
-f.(x)
!x |> f()
not x |> f()
-x |> f()
x |> -f()
