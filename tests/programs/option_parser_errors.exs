# OptionParser.parse!/2 errors, split/1 and to_argv/2.
cases = [
  {["--count", "x"], [strict: [count: :integer]]},
  {["--ratio", "abc"], [strict: [ratio: :float]]},
  {["--name"], [strict: [name: :string]]},
  {["-x"], [strict: [name: :string]]},
  {["--source_path", "lib"], [strict: [source_path: :string]]},
  {["--n", "-x"], [strict: [n: :integer]]},
  {["--verbose=yes"], [strict: [verbose: :boolean]]},
  {["--no-name"], [strict: [name: :string]]},
  {["-abc"], [strict: [a: :boolean]]},
  {["--count=2"], [strict: [count: :count]]},
  {["--name", "ok", "rest"], [strict: [name: :string]]}
]

for {argv, opts} <- cases do
  try do
    IO.inspect(OptionParser.parse!(argv, opts))
  rescue
    e in OptionParser.ParseError -> IO.puts(Exception.message(e))
  end

  try do
    IO.inspect(OptionParser.parse_head!(argv, opts))
  rescue
    e in OptionParser.ParseError -> IO.puts(Exception.message(e))
  end
end

IO.inspect(OptionParser.split("foo --bar 'baz qux' \"a b\" c\\ d"))
IO.inspect(OptionParser.split("  a  b\"c d\"e  "))
IO.inspect(OptionParser.split(""))
IO.inspect(OptionParser.split("'it''s' \"say \\\"hi\\\"\""))
IO.inspect(OptionParser.to_argv(foo_bar: "x", verbose: true, quiet: false, n: 3, ratio: 1.5))
IO.inspect(OptionParser.to_argv([v: 3], switches: [v: :count]))
IO.inspect(OptionParser.to_argv(foo: nil, bar: :baz))
{opts, _} = OptionParser.parse!(["--name", "x", "--no-debug"], strict: [name: :string, debug: :boolean])
IO.inspect(OptionParser.to_argv(opts))
