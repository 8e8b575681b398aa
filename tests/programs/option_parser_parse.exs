# OptionParser.parse/2 and parse_head/2 with typed switches.
cases = [
  {["--verbose", "--name", "Joe", "file"], [strict: [verbose: :boolean, name: :string]]},
  {["--no-verbose", "x", "--name=Ann"], [strict: [verbose: :boolean, name: :string]]},
  {["--count", "3", "--count", "4"], [strict: [count: :integer]]},
  {["--count", "3", "--count", "4"], [strict: [count: [:integer, :keep]]]},
  {["--count", "x"], [strict: [count: :integer]]},
  {["--ratio", "1.5", "--ratio", "2"], [strict: [ratio: :float]]},
  {["--ratio", "abc"], [strict: [ratio: :float]]},
  {["-v", "-v", "-v"], [strict: [verbose: :count], aliases: [v: :verbose]]},
  {["--name"], [strict: [name: :string]]},
  {["--unknown", "val", "rest"], [strict: [name: :string]]},
  {["--unknown", "val", "rest"], [switches: [name: :string]]},
  {["-x", "rest", "more"], [strict: [name: :string]]},
  {["--name", "a", "--", "--name", "b"], [strict: [name: :string]]},
  {["a", "--name", "x", "b"], [strict: [name: :string]]},
  {["--source-path", "lib"], [strict: [source_path: :string]]},
  {["--source_path", "lib"], [strict: [source_path: :string]]},
  {["--n", "-1"], [strict: [n: :integer]]},
  {["--n", "-x"], [strict: [n: :integer]]},
  {["-n", "-1"], [strict: [n: :integer], aliases: [n: :n]]},
  {["-5", "a"], [strict: [n: :integer]]},
  {["--verbose=false"], [strict: [verbose: :boolean]]},
  {["--verbose=true"], [strict: [verbose: :boolean]]},
  {["--verbose=yes"], [strict: [verbose: :boolean]]},
  {["--no-name"], [strict: [name: :string]]},
  {["--verbose", "--verbose"], [strict: [verbose: :boolean]]},
  {["--a", "1", "--b", "2", "--a", "3"], [strict: [a: :integer, b: :integer]]},
  {["--name", "--verbose"], [strict: [name: :string, verbose: :boolean]]},
  {["-n", "5"], [strict: [num: :integer], aliases: [n: :num]]},
  {["-n=3"], [strict: [num: :integer], aliases: [n: :num]]},
  {["-abc"], [strict: [a: :boolean]]},
  {["--n", ""], [strict: [n: :string]]},
  {["--n=", "a"], [strict: [n: :string]]},
  {["--name=x=y"], [strict: [name: :string]]},
  {["-"], [strict: [n: :string]]},
  {["--count=2", "--count"], [strict: [count: :count]]},
  {["--int", "12abc"], [strict: [int: :integer]]},
  {["--f", "1e3"], [strict: [f: :float]]},
  {["--f", "3"], [strict: [f: :float]]},
  {["--flag", "--no-flag"], [switches: [flag: :boolean]]},
  {["--verbose", "r"], [switches: [verbose: :boolean]]},
  {["--name", "1", "--name", "2"], [switches: [name: :keep]]},
  {["--count", "--count"], [switches: [count: :count]]},
  {["-x", "rest"], [switches: [name: :string], aliases: [x: :name]]},
  {["--name", "Joe", "-v"], [strict: [name: :string], aliases: [v: :verbose]]},
  {["--other", "val", "r", "--name", "x"], [switches: [name: :string]]}
]

for {argv, opts} <- cases do
  IO.inspect(argv)
  IO.inspect(OptionParser.parse(argv, opts))
  IO.inspect(OptionParser.parse_head(argv, opts))
end
