<<1, 2, 3>>
<<256>>
<<257::16>>
<<1::4, 15::4>>
<<1::1, 0::1, 1::1>>
<<1, 2>> <> <<3, 4>>
"This is a string"
"Embedded expression: #{3 + 0.14}"
"\r \n \" \\"
"
This is
a multiline string
"
~s(This is also a string)
~s("Do... or do not. There is no try." -Master Yoda)
~S(Not interpolated #{3 + 0.14})
~S(Not escaped \n)
"String" <> " " <> "concatenation"
'ABC'
[65, 66, 67]
'Interpolation: #{3 + 0.14}'
~c(Character list sigil)
~C(Unescaped sigil #{3 + 0.14})
String.to_charlist("ABC")
