-x
+x
!x
not x
^x
~~~x
-(-x)
- - x
!!x
not not x
-f(x)
-Mod.f(x)
!foo.bar
-1.5
+1.5
-x.y
&x
@x
