# Regex.compile errors, Regex.CompileError messages, and option letters.
patterns = ["a(b", "a)", "[a", "*a", "a**", "a{2,1}", "\\", "(?<n>a)(?<n>b)", "(?<=a+)b",
  "(?P<1a>x)", "[z-a]", "(?z)", "\\1", "[[:foo:]]", "(?#abc", "a|*", "(*FOO)", "x{3,2}",
  "(?<a", "\\ca\\c", "abc\\u", "(?<=a{1,3})b", "\\k<zz>", "a{99999}"]

for p <- patterns do
  IO.inspect(Regex.compile(p), label: inspect(p))
end

for p <- ["a(b", "(?<=x*)y", "[b-a]"] do
  try do
    Regex.compile!(p)
  rescue
    e in Regex.CompileError -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

IO.inspect(Regex.compile("a", "z"))
IO.inspect(Regex.compile("a", "iz"))
IO.inspect(Regex.compile("a", "ixq"))

try do
  Regex.compile!("a", "q")
rescue
  e -> IO.puts(Exception.message(e))
end

IO.inspect(Regex.compile("x\\p{Foo}", "u"))
IO.inspect(Regex.compile("\\x{110000}", "u"))

{:ok, re} = Regex.compile("^[a-z]+$", "i")
IO.inspect(Regex.match?(re, "MiXeD"))
IO.inspect(Regex.opts(re))
IO.inspect(Regex.source(re))
{:ok, re} = Regex.compile("a.b", [:dotall, :caseless])
IO.inspect(Regex.match?(re, "A\nB"))
IO.inspect(Regex.opts(re))
IO.inspect(match?({:error, _}, Regex.compile("(")))

try do
  Regex.compile!("(")
rescue
  e -> IO.inspect(e)
end

try do
  Regex.compile(:not_a_string)
rescue
  e -> IO.inspect(e.__struct__)
end
