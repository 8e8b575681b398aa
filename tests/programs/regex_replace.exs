# Regex.replace and String.replace with a regex: back-references, functions, global: false.
re = ~r/(\w+)@(\w+)/
text = "ann@home bo@work"
IO.inspect(Regex.replace(re, text, "\\2:\\1"))
IO.inspect(Regex.replace(re, text, "\\g{2}:\\g{1}"))
IO.inspect(Regex.replace(re, text, "[\\0]"))
IO.inspect(Regex.replace(re, text, "[\\g{0}]"))
IO.inspect(Regex.replace(re, text, "\\2\\1", global: false))
IO.inspect(Regex.replace(re, text, "<\\\\1>"))
IO.inspect(Regex.replace(re, text, "\\9|\\3"))
IO.inspect(Regex.replace(re, text, "& \\x \\"))
IO.inspect(Regex.replace(re, text, "\\g{1}0"))
IO.inspect(Regex.replace(re, text, "\\10"))
IO.inspect(Regex.replace(re, text, fn whole -> String.upcase(whole) end))
IO.inspect(Regex.replace(re, text, fn _, user, host -> "#{host}/#{user}" end))
IO.inspect(Regex.replace(re, text, fn _, user, host, extra -> "#{host}/#{user}/#{inspect(extra)}" end))
IO.inspect(Regex.replace(re, text, fn w -> [?<, w, ?>] end))
IO.inspect(Regex.replace(re, "nothing here", "x"))
IO.inspect(Regex.replace(~r/(a)?b/, "b ab", "[\\1]"))
IO.inspect(Regex.replace(~r/(a)?b/, "b ab", fn _, a -> "[#{a}]" end))

# Empty matches and anchors.
IO.inspect(Regex.replace(~r//, "abc", "-"))
IO.inspect(Regex.replace(~r/x*/, "axxb", "-"))
IO.inspect(Regex.replace(~r/^/m, "a\nb\nc", "> "))
IO.inspect(Regex.replace(~r/$/m, "a\nb", ";"))
IO.inspect(Regex.replace(~r/\s+/, "  lots   of\tspace  ", " "))
IO.inspect(Regex.replace(~r/^\s+|\s+$/, "  trim me  ", ""))
IO.inspect(Regex.replace(~r/\b(\w)/, "hello big world", fn _, c -> String.upcase(c) end))

# Unicode.
IO.inspect(Regex.replace(~r/é/u, "été", "e"))
IO.inspect(Regex.replace(~r/./u, "añb", "."))
IO.inspect(Regex.replace(~r/[^\w\s]/u, "¡Hola, señor!", ""))
IO.inspect(Regex.replace(~r/(\p{L})(\p{N})/u, "a1 é2 x", "\\2\\1"))

# String.replace with a regex.
IO.inspect(String.replace("a1b22c333", ~r/\d+/, "#"))
IO.inspect(String.replace("a1b22c333", ~r/\d+/, "#", global: false))
IO.inspect(String.replace("a1b22c333", ~r/\d+/, fn d -> "<#{String.length(d)}>" end))
IO.inspect(String.replace("John Smith", ~r/(\w+) (\w+)/, "\\2, \\1"))
IO.inspect(String.replace("snake_case_name", ~r/_(\w)/, fn "_" <> c -> String.upcase(c) end))
