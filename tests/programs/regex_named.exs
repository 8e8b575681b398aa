# Named groups: named_captures, names, capture: :all_names and name lists.
date = ~r/(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/
IO.inspect(Regex.names(date))
IO.inspect(Regex.named_captures(date, "due 2024-03-15!"))
IO.inspect(Regex.named_captures(date, "due 2024-03"))
IO.inspect(Regex.named_captures(date, "no date"))
IO.inspect(Regex.named_captures(date, "2024-03-15", return: :index))
IO.inspect(Regex.named_captures(date, "1999-01-02 2024-03-15", offset: 5))
IO.inspect(Regex.run(date, "2024-03-15", capture: :all_names))
IO.inspect(Regex.run(date, "2024-03-15", capture: ["day", "year"]))
IO.inspect(Regex.run(date, "2024-03-15", capture: [:month, 1]))
IO.inspect(Regex.run(date, "2024-03-15", capture: ["nope"]))
IO.inspect(Regex.scan(date, "2024-03-15 and 1999-12", capture: :all_names))
IO.inspect(Regex.scan(date, "2024-03-15 and 1999-12", capture: ["month"], return: :index))

# Names come out sorted, whatever their order in the pattern.
IO.inspect(Regex.names(~r/(?<zeta>z)(?<alpha>a)(?<mid>m)/))
IO.inspect(Regex.named_captures(~r/(?<zeta>z)(?<alpha>a)(?<mid>m)/, "zam"))
IO.inspect(Regex.names(~r/(a)(b)/))
IO.inspect(Regex.named_captures(~r/(a)(b)/, "ab"))
IO.inspect(Regex.named_captures(~r/(a)(b)/, "xy"))

# Other spellings of a name: (?P<n>...), (?'n'...), and references to it.
IO.inspect(Regex.named_captures(~r/(?P<first>\w+) (?'last'\w+)/, "Ada Lovelace"))
IO.inspect(Regex.run(~r/(?<w>\w+) \k<w>/, "the the end"))
IO.inspect(Regex.run(~r/(?<w>\w+) \k{w}/, "so so"))
IO.inspect(Regex.run(~r/(?P<w>\w+) (?P=w)/, "ha ha"))
IO.inspect(Regex.run(~r/(?<w>\w)\g{w}/, "abccd"))

# Unicode text in named groups, and names with digits and underscores.
IO.inspect(Regex.named_captures(~r/(?<word_1>\w+)\s+(?<word_2>\w+)/u, "crème brûlée"))

# Duplicate names under (?J) and (?|...): the group that took part wins.
IO.inspect(Regex.named_captures(~r/(?J)(?<n>a)|(?<n>b)/, "b"))
IO.inspect(Regex.named_captures(~r/(?|(?<n>a)|(?<n>b))/, "b"))
IO.inspect(Regex.names(~r/(?J)(?<n>a)|(?<n>b)/))

# Building a map from a log line.
line = "2024-05-01T10:00:00 [error] disk full"
re = ~r/^(?<ts>\S+) \[(?<level>\w+)\] (?<msg>.*)$/
%{"level" => level, "msg" => msg} = Regex.named_captures(re, line)
IO.puts("#{level}: #{msg}")
