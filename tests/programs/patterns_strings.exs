# String prefix patterns with <> and their limits.
greet = fn
  "Hello, " <> name -> "greeted #{name}"
  "Bye" <> _ -> "farewell"
  other -> "unknown: #{other}"
end

IO.puts(greet.("Hello, Ann"))
IO.puts(greet.("Bye now"))
IO.puts(greet.("Yo"))

parse_cmd = fn
  "set " <> rest ->
    [k, v] = String.split(rest, "=", parts: 2)
    {:set, k, v}
  "get " <> k -> {:get, k}
  "quit" -> :quit
end

IO.inspect(parse_cmd.("set color=blue=ish"))
IO.inspect(parse_cmd.("get color"))
IO.inspect(parse_cmd.("quit"))

<<first_char::utf8, _::binary>> = "über"
IO.inspect(<<first_char::utf8>>)
<<_::binary-size(2)>> <> "cd" = "abcd"
IO.puts("matched fixed-size prefix")
