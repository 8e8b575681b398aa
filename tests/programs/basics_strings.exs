# Strings are UTF-8 binaries: interpolation, escapes and concatenation.
name = "world"
IO.puts("Hello, #{name}!")
IO.puts("Sum: #{1 + 2}, list: #{inspect([1, 2])}, atom: #{:ok}")
IO.puts("Tab:\tEnd")
IO.puts("Quote: \" backslash: \\ hash: \#{not_interpolated}")
IO.puts("unicode: \u00e9 \u{1F600}")
IO.puts("first line
second line")
IO.puts("abc" <> "def")
IO.inspect(byte_size("héllo"))
IO.inspect(String.length("héllo"))
IO.inspect(is_binary("x"))
IO.inspect("abc" == <<97, 98, 99>>)
IO.inspect("hex \x41")
IO.inspect(<<"hi", 0>>)
IO.inspect("multi\nline")
greeting = "hi"
greeting = greeting <> " there"
IO.puts(greeting)
IO.puts(String.upcase(greeting))
IO.inspect(String.split("a b  c"))
IO.inspect(to_string(42) <> to_string(:x) <> to_string(1.5))
IO.puts("nested #{"inner #{1 + 1} end"} done")
IO.puts(~s(sigil with "quotes" and #{name}))
IO.puts("a" <> "b" <> "c")
