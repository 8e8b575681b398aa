# String slicing, splitting and padding at many positions over a string with combining marks and emoji.
str = "hé\u0301llo wörld 👍🏽 ü ab"
n = String.length(str)
for i <- -n-2..n+2 do
  IO.puts("#{i}: #{inspect(String.at(str, i))} #{inspect(String.split_at(str, i))} #{inspect(String.slice(str, i, 3))}")
end
for a <- -n-1..n+1//3, b <- -n-1..n+1//4 do
  IO.puts("#{a}..#{b}: #{inspect(String.slice(str, a..b))} #{inspect(String.slice(str, a..b//2))}")
end
for w <- 0..n+3//5, pad <- [" ", "é\u0301", "ab"] do
  IO.puts("#{inspect(String.pad_leading(str, w, pad))} #{inspect(String.pad_trailing("x", w, pad))}")
end
for sep <- [" ", "l", "é\u0301", "👍", ["o", " "]], parts <- [1, 2, 3, :infinity], trim <- [true, false] do
  IO.puts(inspect(String.split(str, sep, parts: parts, trim: trim)))
end
IO.inspect(String.graphemes(str))
IO.inspect(String.codepoints(str))
IO.inspect(String.reverse(str))
IO.inspect(String.upcase(str))
IO.inspect(String.capitalize("ǆemal"))
IO.inspect(String.downcase("ΣΑΣ"))
IO.inspect(String.downcase("ΣΑΣ", :greek))
IO.inspect(String.upcase("ı i", :turkic))
IO.inspect(String.downcase("İI", :turkic))
IO.inspect(String.split(" a\u00a0b\u2003c\u200bd "))
IO.inspect(String.trim("\u00a0 a \u2003"))
IO.inspect(String.trim("\u200b a"))
IO.inspect(String.length("🇺🇸🇫🇷"))
IO.inspect(String.graphemes("🇺🇸🇫🇷"))
IO.inspect(String.graphemes("👨‍👩‍👧"))
IO.inspect(String.graphemes("\r\n\n\r"))
IO.inspect(String.graphemes("각각"))
IO.inspect(String.slice("👨‍👩‍👧x", 1..1))
