# =~, Regex.match?, String.match?, modifier letters, escape, and the regex accessors.
IO.inspect("foo123" =~ ~r/^[a-z]+\d+$/)
IO.inspect("FOO" =~ ~r/foo/)
IO.inspect("FOO" =~ ~r/foo/i)
IO.inspect("hello world" =~ "lo w")
IO.inspect("hello" =~ "")
IO.inspect("" =~ ~r/^$/)
IO.inspect("abc" =~ "abcd")

try do
  IO.inspect(:atom =~ ~r/a/)
rescue
  e -> IO.inspect(e.__struct__)
end

IO.inspect(Regex.match?(~r/colou?r/, "color"))
IO.inspect(Regex.match?(~r/colou?r/, "colr"))
IO.inspect(String.match?("2024-01-01", ~r/^\d{4}-\d{2}-\d{2}$/))
IO.inspect(String.match?("2024-1-01", ~r/^\d{4}-\d{2}-\d{2}$/))

# Modifier letters.
IO.inspect(Regex.run(~r/a.c/, "a\nc"))
IO.inspect(Regex.run(~r/a.c/s, "a\nc"))
IO.inspect(Regex.run(~r/a.c/s, "a\r\nc"))
IO.inspect(Regex.scan(~r/^\w+$/m, "one\ntwo"))
IO.inspect(Regex.scan(~r/^\w+$/, "one\ntwo"))
IO.inspect(Regex.run(~r/ (\d+) \s* - \s* (\d+) # a range
  /x, "10 - 20"))
IO.inspect(Regex.run(~r/<.+>/U, "<a><b>"))
IO.inspect(Regex.run(~r/<.+?>/U, "<a><b>"))
IO.inspect(Regex.run(~r/b/f, "a\nb"))
IO.inspect(Regex.run(~r/b/f, "b\na"))
IO.inspect(Regex.run(~r/É/iu, "café"))
IO.inspect(Regex.run(~r/\w+/u, "naïve"))
IO.inspect(Regex.opts(~r/a/imsxuU))
IO.inspect(Regex.source(~r/a.c/s))
IO.inspect(Regex.source(~r{/path/(\w+)}))
IO.inspect(Regex.source(~r/a\d\/b/))
IO.inspect(Regex.run(~r{/path/(\w+)}, "/path/item"))
IO.inspect(Regex.run(~r|a/b|, "xa/b"))
x = "dyn"
IO.inspect(Regex.source(~r/#{x}amic/))
IO.inspect("dynamic" =~ ~r/^#{x}amic$/)
IO.inspect("a.b" =~ ~r/^#{Regex.escape("a.b")}$/)
IO.inspect("axb" =~ ~r/^#{Regex.escape("a.b")}$/)

# Regex.escape.
IO.inspect(Regex.escape("1.5+2*3?"))
IO.inspect(Regex.escape("a.b c\td\ne#f-g/h\\i^$|?*+()[]{}\v\f\r"))
IO.inspect(Regex.escape("héllo wörld"))
IO.inspect(Regex.escape(""))
special = "(1+1)*[x]{2}?^$|\\."
IO.inspect(Regex.match?(Regex.compile!("^" <> Regex.escape(special) <> "$"), special))

# Accessors, recompile, version, regex?.
re = ~r/(?<x>a)b/i
IO.inspect(Regex.regex?(re))
IO.inspect(Regex.regex?("a"))
IO.inspect(Regex.regex?(%{}))
IO.inspect(Regex.source(re))
IO.inspect(Regex.opts(re))
IO.inspect(Regex.names(re))
IO.inspect(elem(Regex.re_pattern(re), 0))
IO.inspect(Regex.version())
IO.inspect(re.re_version == Regex.version())
{:ok, again} = Regex.recompile(re)
IO.inspect(again == re)
IO.inspect(Regex.recompile!(re) == re)
{:ok, old} = Regex.recompile(%{re | re_version: :old})
IO.inspect(Regex.match?(old, "AB"))
IO.inspect(old.re_version == Regex.version())
IO.inspect(~r/a/ == ~r/a/)
IO.inspect(~r/a/ == ~r/a/i)
IO.inspect(Regex.source(Regex.compile!("ab", [:caseless])))
IO.inspect(Regex.opts(Regex.compile!("ab", [:caseless])))
IO.inspect(is_map(re) and re.__struct__ == Regex)
IO.inspect(Map.keys(re))
