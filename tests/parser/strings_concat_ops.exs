"a" <> "b" <> "c"
"a" <> x
x <> "a"
"prefix" <> rest = "prefix-data"
<<"a", "b">>
"a" <> "#{b}" <> ~s(c)
