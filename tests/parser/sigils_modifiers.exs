~s(x)ab1
~r/x/iu
~r/x/
~w(a b)a
~w(a b)c
~x(y)zz
~U(2020-01-01 00:00:00Z)
~r/a/i |> Regex.source()
~r/a/i=~"x"
