~c(charlist)
~c"with #{interp}"
~c[escapes \n \t]
~C(raw #{x} \n)
~C|pipe|
