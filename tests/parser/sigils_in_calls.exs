String.split(~s(a b c))
foo ~s(bar)
Regex.match?(~r/a/, "abc")
"abc" =~ ~r/b/
[~w(a b), ~w(c d)a]
%{re: ~r/x/i, date: ~D[2020-01-01]}
~s(a) <> ~s(b)
~w(a b c) |> Enum.map(&String.upcase/1)
