for b <- [<<"a", 255>>, <<"ab", 255>>, <<"e\u0301", 255>>, <<"e\u0301x", 255>>, <<"\r\n", 255>>, <<"\r", 255>>, <<"é", 255>>, <<"🇫🇷", 255>>, <<"a\u0301\u0302", 255>>, <<"e\u0301", 0xCC>>, <<"a", 0xCC, 0x81, 255>>] do
  IO.inspect({b, :unicode_util.gc(b), :string.next_grapheme(b), :unicode_util.cp(b), :string.next_codepoint(b)})
end
for s <- ["", "a", "abc", "e\u0301", <<"ab", 255>>, <<255>>, <<"x", 255, "e\u0301">>, "🇫🇷🇩🇪", "a\r\n", <<"e\u0301", 0xCC>>] do
  IO.inspect({String.first(s), String.last(s), String.next_grapheme(s), String.next_grapheme_size(s), String.graphemes(s), String.length(s)})
end
IO.inspect Stream.unfold("héllo\u0301 wörld", &String.next_grapheme/1) |> Enum.to_list()
s = <<"ae\u0301", 0xCC, "x">>
IO.inspect {String.replace(s, "", "."), String.split(s, ""), String.graphemes(s), String.slice(s, 1, 2), String.at(s, 2), String.reverse(s), String.length(s), String.split_at(s, 2), String.pad_leading(s, 6, "e\u0301"), String.first(s), String.last(s), String.codepoints(s)}
IO.inspect String.jaro_distance(s, "ae")
IO.inspect String.myers_difference(s, "ae")
IO.inspect String.bag_distance(s, "ae")
IO.inspect {String.capitalize(<<"e\u0301", 0xCC, "AB">>), String.capitalize(<<"e\u0301", 0xCC, "AB">>, :greek)}
IO.inspect String.next_grapheme(<<"e\u0301", 0xCC, "AB">>)
