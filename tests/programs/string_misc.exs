# Other String functions: graphemes, codepoints, chunk, next_grapheme, valid?, myers.
IO.inspect(String.graphemes("añ!"))
IO.inspect(String.codepoints("añ!"))
IO.inspect(String.next_grapheme("abc"))
IO.inspect(String.next_grapheme(""))
IO.inspect(String.next_codepoint("ñx"))
IO.inspect(String.chunk("abc123def", :valid))
IO.inspect(String.printable?("abc\u0000"))
IO.inspect(String.valid?("abc"))
IO.inspect(String.valid?(<<0xFF, 0xFE>>))
IO.inspect(String.myers_difference("abc", "abd"))
IO.inspect(String.normalize("é", :nfd) |> String.codepoints())
IO.inspect(String.normalize("e\u0301", :nfc))
IO.inspect(String.to_charlist("ab") ++ ' ')
IO.inspect(String.length(String.duplicate("ab", 1000)))
palindrome? = fn s ->
  clean = s |> String.downcase() |> String.replace(~r/[^a-z]/, "")
  clean == String.reverse(clean)
end
IO.inspect(palindrome?.("A man, a plan, a canal: Panama"))
IO.inspect(palindrome?.("Not one"))
words = "the rain in spain falls mainly on the plain"
IO.inspect(words |> String.split() |> Enum.frequencies() |> Enum.filter(fn {_, c} -> c > 1 end))
IO.inspect(words |> String.split() |> Enum.map(&String.capitalize/1) |> Enum.join(" "))
