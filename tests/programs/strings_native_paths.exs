strs = ["", "a", "abc", "a\r\nb", "\r\n\r\n", "\n\r", "e\u0301x", "🇫🇷🇩🇪", "👨‍👩‍👧", <<"a", 255, "b">>, <<255, 254>>,
  <<0xF0, 0x9F, 0x98, "a">>, <<"e", 0xCC>>, <<"é", 0x80, 0x81>>, "ß straße ǅ ŉ İ ı ς Σ", "Hello World",
  " a  b\tc\n d\u00A0e\u2007f\u202Fg\u2000h\u200Ai\u2028j\u2029k\u205Fl\u3000m\u1680n\u0085o ",
  String.duplicate("x\u0301", 40) <> "y", String.duplicate("ab", 100), <<"a \xE2\x80 b">>, "\u180E x"]
for s <- strs do
  IO.inspect({s, String.length(s), String.graphemes(s), String.split(s), String.upcase(s), String.downcase(s),
    String.reverse(s), String.codepoints(s), String.next_grapheme(s), String.slice(s, 1, 3), String.at(s, 2),
    String.split(s, ""), String.upcase(s, :greek), String.downcase(s, :greek), String.upcase(s, :turkic), String.downcase(s, :turkic)}, limit: :infinity)
end
IO.inspect :string.next_grapheme(<<"ab", 255>>)
IO.inspect :string.next_codepoint("éa")
IO.inspect :string.next_grapheme(~c"éa")
IO.inspect String.split("a,b,,c", ",", trim: true)
try do String.length(:a) rescue e -> IO.inspect(e) end
try do String.split(1) rescue e -> IO.inspect(e) end
try do String.upcase(1) rescue e -> IO.inspect(e) end

# Appending to a shared prefix: every value keeps its own bytes.
base = String.duplicate("a", 70) <> "-"
one = base <> "one"
two = base <> "two"
three = one <> "!"
IO.inspect({byte_size(base), one, two, three, base <> ""})
grown = Enum.reduce(1..300, "", fn i, acc -> acc <> Integer.to_string(i) <> "," end)
IO.inspect({byte_size(grown), String.slice(grown, -20, 20), binary_part(grown, 100, 10)})
branches = for i <- 1..5, do: grown <> "#{i}"
IO.inspect(Enum.map(branches, &binary_part(&1, byte_size(&1) - 6, 6)))
# A bitstring tail cannot go in place; a sub-binary may.
bits = <<grown::binary, 1::3>>
IO.inspect({bit_size(bits), bit_size(grown)})
<<_::binary-size(10), rest::binary>> = grown
IO.inspect(binary_part(rest <> "END", byte_size(rest) - 5, 8))
IO.inspect(byte_size(grown <> "x") - byte_size(grown))
